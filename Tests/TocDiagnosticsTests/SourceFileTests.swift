import TocDiagnostics
import XCTest

/// Offsets are UTF-8 bytes; lines and columns are what a reader counts. These tests pin the conversion, including
/// multi-byte letters, emoji, Windows line ends and the edges of the file.
final class SourceFileTests: XCTestCase {
    private func file(_ text: String) -> SourceFile { SourceFile(path: "plan.toc", text: text) }

    /// The byte offset of the first occurrence of `needle` in `text`.
    private func offset(of needle: String, in text: String) -> Int {
        let range = text.range(of: needle)!
        return text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    }

    // MARK: - Line table

    func testLineStartsFollowLineFeeds() {
        XCTAssertEqual(file("ab\ncd\n\nef").lineStarts, [0, 3, 6, 7])
    }

    /// The line table is built eight bytes at a time where it can; lines of every length up to past two words, with
    /// line breaks and non-ASCII letters at every position, must give the same table and columns as a plain scan.
    func testLineStartsAndColumnsMatchAPlainScanWhateverTheLineLengths() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let length = Int.random(in: 0...20, using: &generator)
                text += String((0..<length).map { _ in ["a", "b", " ", "é", "😀", "\r"].randomElement(using: &generator)! })
                text += "\n"
            }
            if Bool.random(using: &generator) { text += "tail" }
            let bytes = Array(text.utf8)
            let expected = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
            let source = file(text)
            XCTAssertEqual(source.lineStarts, expected, "\(text.debugDescription)")
            for (line, start) in expected.enumerated() {
                let end = line + 1 < expected.count ? expected[line + 1] - 1 : bytes.count
                guard end > start else { continue }
                let characters = String(decoding: bytes[start..<end], as: UTF8.self).count
                XCTAssertEqual(source.location(of: end).column, characters + 1, "\(text.debugDescription), line \(line + 1)")
            }
        }
    }

    func testLineCountIgnoresATrailingNewline() {
        XCTAssertEqual(file("").lineCount, 1)
        XCTAssertEqual(file("a").lineCount, 1)
        XCTAssertEqual(file("a\n").lineCount, 1)
        XCTAssertEqual(file("a\nb").lineCount, 2)
        XCTAssertEqual(file("a\n\n").lineCount, 2, "an empty line before the final newline is still a line")
    }

    // MARK: - Locations

    func testLocationOfASCIIOffsets() {
        let source = file("theory \"x\"\n  kind system-change\n")
        XCTAssertEqual(source.location(of: 0), SourceLocation(offset: 0, line: 1, column: 1))
        XCTAssertEqual(source.location(of: 7), SourceLocation(offset: 7, line: 1, column: 8))
        XCTAssertEqual(source.location(of: 11), SourceLocation(offset: 11, line: 2, column: 1))
        XCTAssertEqual(source.location(of: 13), SourceLocation(offset: 13, line: 2, column: 3))
    }

    func testLocationAtTheEndOfALineIsOnThatLine() {
        let source = file("ab\ncd")
        XCTAssertEqual(source.location(of: 2).line, 1, "the newline itself belongs to line 1")
        XCTAssertEqual(source.location(of: 2).column, 3)
        XCTAssertEqual(source.location(of: 5), SourceLocation(offset: 5, line: 2, column: 3), "end of file")
    }

    func testColumnsCountCharactersNotBytesForAccentedLetters() {
        let text = "outcome café \"Café for carers\"\n  for carers"
        let source = file(text)
        let labelOffset = offset(of: "\"Café", in: text)
        XCTAssertEqual(labelOffset, 14, "é is two bytes, so the label starts at byte 14")
        XCTAssertEqual(source.location(of: labelOffset).column, 14, "…but at character column 14 (13 characters before it)")
        let forOffset = offset(of: "\n  for", in: text) + 3
        XCTAssertEqual(source.location(of: forOffset), SourceLocation(offset: forOffset, line: 2, column: 3))
    }

    func testColumnsCountAnEmojiAsOneCharacter() {
        let text = "# 👩‍👧 family 😀 x"
        let source = file(text)
        // "# " + family emoji (one character, 18 bytes) + " family " + 😀 (one character, 4 bytes) + " x"
        XCTAssertEqual(source.location(of: offset(of: "family", in: text)).column, 5)
        XCTAssertEqual(source.location(of: offset(of: "x", in: text)).column, 14)
    }

    func testWindowsLineEndsStartLinesAfterTheLineFeed() {
        let text = "theory \"x\"\r\n  kind system-change\r\n"
        let source = file(text)
        let kindOffset = offset(of: "kind", in: text)
        XCTAssertEqual(source.location(of: kindOffset), SourceLocation(offset: kindOffset, line: 2, column: 3))
        XCTAssertEqual(source.lineCount, 2)
    }

    func testOffsetsOutsideTheFileAreClamped() {
        let source = file("ab\ncd")
        XCTAssertEqual(source.location(of: -5), SourceLocation(offset: 0, line: 1, column: 1))
        XCTAssertEqual(source.location(of: 99), SourceLocation(offset: 5, line: 2, column: 3))
    }

    func testLocationInAnEmptyFile() {
        XCTAssertEqual(file("").location(of: 0), SourceLocation(offset: 0, line: 1, column: 1))
    }

    // MARK: - Line text

    func testLineTextDropsTheLineBreak() {
        let source = file("first\nsecond\r\nthird")
        XCTAssertEqual(source.lineText(1), "first")
        XCTAssertEqual(source.lineText(2), "second", "a carriage return is part of the line break")
        XCTAssertEqual(source.lineText(3), "third")
    }

    func testLineTextOutsideTheFileIsEmpty() {
        let source = file("only\n")
        XCTAssertEqual(source.lineText(0), "")
        XCTAssertEqual(source.lineText(3), "")
        XCTAssertEqual(source.lineText(2), "", "the empty line after the final newline")
    }

    func testLineTextKeepsMultiByteCharacters() {
        XCTAssertEqual(file("a\n  “curly” é 😀\nb").lineText(2), "  “curly” é 😀")
    }

    func testTextInRange() {
        let source = file("activity café")
        XCTAssertEqual(source.text(in: SourceRange(start: 9, end: 14)), "café")
        XCTAssertEqual(source.text(in: SourceRange(start: 9, end: 500)), "café", "clamped to the file")
        XCTAssertEqual(source.text(in: .at(3)), "")
    }

    // MARK: - UTF-16 positions (for editors)

    func testUTF16PositionCountsCodeUnitsFromZero() {
        let text = "a\né😀x"
        let source = file(text)
        let xOffset = offset(of: "x", in: text)
        // é is one UTF-16 unit, 😀 is two (a surrogate pair).
        let position = source.utf16Position(of: xOffset)
        XCTAssertEqual(position.character, 3)
        XCTAssertEqual(position.line, 1, "lines are counted from 0, as the Language Server Protocol does")
        XCTAssertEqual(source.utf16Position(of: 0).line, 0)
        XCTAssertEqual(source.utf16Position(of: 0).character, 0)
    }

    func testUTF16PositionAfterWindowsLineEnd() {
        let text = "ab\r\ncd"
        let position = file(text).utf16Position(of: offset(of: "d", in: text))
        XCTAssertEqual(position.line, 1)
        XCTAssertEqual(position.character, 1)
    }
}
