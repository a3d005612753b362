import TocDiagnostics
import XCTest

/// Columns on long lines are found without counting from the line's start each time (plain-ASCII lines by byte
/// offset, others from a checkpoint every 256 bytes); they must equal counting characters from the start.
final class SourceFileLongLineTests: XCTestCase {
    private func naiveColumn(_ file: SourceFile, _ offset: Int) -> Int {
        let start = file.lineStarts.last { $0 <= offset }!
        return String(decoding: file.utf8[start..<offset], as: UTF8.self).count + 1
    }

    private func assertColumnsMatchCounting(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let source = SourceFile(path: "long.toc", text: text)
        var offset = 0
        for character in text {
            XCTAssertEqual(source.location(of: offset).column, naiveColumn(source, offset), "at byte \(offset)", file: file, line: line)
            offset += character.utf8.count
        }
    }

    func testLongLinesOfAccentsCombiningMarksAndEmoji() {
        let pieces = ["é", "e\u{301}", "👍🏽", "🇬🇧", "a", " → ", "\t", "ŵ", "👩‍👩‍👧"]
        var text = ""
        for index in 0..<900 { text += pieces[index % pieces.count] + (index % 97 == 0 ? "\n" : "") }
        assertColumnsMatchCounting(text + "\r\nlast line é")
    }

    func testALongASCIILineAndALongNonASCIILine() {
        assertColumnsMatchCounting(String(repeating: "abc -> ", count: 200) + "\n" + String(repeating: "ab é -> ", count: 200))
    }
}
