import TocDiagnostics
@testable import TocLang
import XCTest

/// A small, seeded generator (SplitMix64), so a failing input can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The parser must return a tree for any text, with every diagnostic inside the file, however broken or large.
final class ParserRobustnessTests: XCTestCase {
    /// Asserts every range of every diagnostic (and its notes and fix-its) lies within the file.
    private func assertRangesInside(_ tree: SyntaxTree, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let size = tree.file.utf8.count
        for diagnostic in tree.diagnostics {
            let ranges = [diagnostic.range] + diagnostic.notes.map(\.range) + diagnostic.fixIts.map(\.range)
            for range in ranges where !(0 <= range.start && range.start <= range.end && range.end <= size) {
                XCTFail("\(diagnostic.id) at \(range) outside 0..<\(size) for input \(text.debugDescription)", file: file, line: line)
                return
            }
        }
    }

    func testRandomBytesNeverCrashTheParser() {
        var generator = SeededGenerator(seed: 0x70C)
        // Mostly ASCII, with the bytes of multi-byte characters and line ends mixed in.
        let interesting: [UInt8] = Array("\n\r\t \"#,:->%/.\\{}0123456789abcxyz".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0x9C, 0x9D, 0x86, 0x92, 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xFF, 0x00]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...120, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let tree = Parser.parse(text)
            assertRangesInside(tree, text)
        }
    }

    func testRandomTokenSoupsNeverCrashTheParser() {
        var generator = SeededGenerator(seed: 2017_08)
        let pieces = [
            "theory", "cohort", "input", "activity", "output", "outcome", "assumption", "risk", "audit", "indicator",
            "phase", "from", "to", "month", "uses", "horizon", "target", "baseline", "assuming", "because", "activty",
            "embed-sos", "a", "b", "é", "😀", "->", "→", "-", ">", ",", ":", "\"label\"", "\"unterminated", "“curly”", "”",
            "\"esc \\q \\u{D800} \\", "41%", "300", "2.5", "2019-02-29", "2020-02-29", "31/03/2019", "2019-13", "#", "# c",
            "{", "%%", "\\", "\u{A0}", "\u{FEFF}", "\n", "\n", "\n", "\r\n", "  ", "    ", "\t", " \t", "", " ",
        ]
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...60, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += pieces.randomElement(using: &generator)!
                if Int.random(in: 0..<3, using: &generator) > 0 { text += " " }
            }
            let tree = Parser.parse(text)
            assertRangesInside(tree, text)
        }
    }

    func testEveryDiagnosticOfRandomSoupsCanBePrintedAndFixed() {
        var generator = SeededGenerator(seed: 99)
        let pieces = ["activity", "a", "\"x", "“y”", "->", ",", "\n  ", "\n\t", "\n", "phase", "2019-02-29", "{", "\\"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let file = SourceFile(path: "fuzz.toc", text: text)
            let tree = Parser.parse(file)
            _ = AnnotatedFormatter().format(tree.diagnostics, in: file)
            _ = FixIt.apply(tree.diagnostics.flatMap(\.fixIts), to: file)
        }
    }

    // MARK: - Pathological inputs

    func testAChainOfTenThousandLinks() {
        let text = (0...10_000).map { "step\($0)" }.joined(separator: " -> ")
        let tree = Parser.parse(text)
        // The line is far beyond the line-length limit, which is reported; it is still read whole.
        XCTAssertEqual(tree.diagnostics.map(\.id), ["line-too-long"])
        XCTAssertEqual(tree.links.first?.groups.count, 10_001)
        XCTAssertEqual(tree.links.first?.groups.last?.first?.text, "step10000")
    }

    func testAMillionCharacterLabel() {
        let label = String(repeating: "ab cd é ", count: 125_000)
        let text = "activity a \"\(label)\"\n  phase design"
        let tree = Parser.parse(text)
        XCTAssertEqual(tree.diagnostics.map(\.id), ["line-too-long"])
        XCTAssertEqual(tree.declarations.first?.label?.text.count, 1_000_000)
        XCTAssertEqual(tree.declarations.first?.values("phase"), ["design"])
    }

    func testAMillionCharacterUnterminatedLabel() {
        let text = "activity a \"" + String(repeating: "x", count: 1_000_000)
        let tree = Parser.parse(text)
        XCTAssertEqual(tree.diagnostics.map(\.id), ["line-too-long", "unterminated-string"])
    }

    func testFiveThousandNestedIndentationLevels() {
        var lines = ["activity a \"A\""]
        for level in 1...5_000 {
            lines.append(String(repeating: " ", count: level) + "phase design")
        }
        let text = lines.joined(separator: "\n")
        let tree = Parser.parse(text)
        XCTAssertEqual(tree.declarations.count, 1)
        XCTAssertEqual(tree.declarations[0].values("phase"), ["design"])
        assertRangesInside(tree, "(5,000 levels)")
        // Every line below the first detail is reported; none is silently lost.
        XCTAssertEqual(tree.diagnostics.filter { $0.id == "unexpected-indentation" }.count, 4_999)
    }

    func testFiveThousandNestedDeclarations() {
        let text = (0..<5_000).map { String(repeating: "\t", count: $0) + "outcome o\($0)" }.joined(separator: "\n")
        let tree = Parser.parse(text)
        assertRangesInside(tree, "(5,000 nested outcomes)")
        XCTAssertFalse(tree.diagnostics.isEmpty)
    }

    func testManyLinesOfRubbish() {
        let text = String(repeating: "}{ -> , : \"\n", count: 20_000)
        let tree = Parser.parse(text)
        assertRangesInside(tree, "(rubbish)")
    }
}
