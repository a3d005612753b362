import Foundation
@testable import TocLSP
import TocKit
import TocDiagnostics
import TocTestSupport
import XCTest

/// The server must survive whatever an editor sends and wherever the cursor is.
final class RobustnessTests: XCTestCase {
    /// A fixed-seed generator, so that a failure replays.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Random ranged edits, in UTF-16 positions over text with multi-byte characters, give the same text as the same
    /// edits made on Swift's own UTF-16 view of it.
    func testRandomEditsMatchAReferenceImplementation() {
        var random = SplitMix(state: 42)
        let pieces = ["activity", " ", "\n", "é", "👍", "\"", "->", "  ", "x", "\r\n", "“", "—"]
        for round in 0..<200 {
            var reference = Array((0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined().utf16)
            var document = Document(uri: "file:///tmp/r.toc", version: 0, text: String(decoding: reference, as: UTF16.self))
            for _ in 0..<5 {
                // Pick two positions on character boundaries of the current text, as an editor would.
                let text = String(decoding: reference, as: UTF16.self)
                let boundaries = [0] + text.indices.dropFirst().map { text.utf16.distance(from: text.startIndex, to: $0) } + [reference.count]
                let a = boundaries.randomElement(using: &random)!
                let b = boundaries.randomElement(using: &random)!
                let (start, end) = (min(a, b), max(a, b))
                let inserted = (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                let range = LSPRange(start: position(of: start, in: reference), end: position(of: end, in: reference))
                document.apply([TextDocumentContentChangeEvent(range: range, text: inserted)], version: nil, encoding: .utf16)
                reference.replaceSubrange(start..<end, with: Array(inserted.utf16))
                XCTAssertEqual(document.file.text, String(decoding: reference, as: UTF16.self), "round \(round)")
            }
            if (testRun?.totalFailureCount ?? 0) > 0 { break }
        }
    }

    /// The protocol position of a UTF-16 offset: lines are ended by `\n` (a `\r` before it is part of the line).
    private func position(of offset: Int, in units: [UInt16]) -> Position {
        var line = 0
        var lineStart = 0
        for index in 0..<offset where units[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return Position(line: line, character: offset - lineStart)
    }

    /// Hover, completion, definition, references and quick fixes at every position of every example (and of a broken
    /// plan) answer without crashing, and everything they point at lies inside the text.
    func testEveryFeatureAnswersAtEveryPositionOfTheExamples() throws {
        let plans = Repository.cleanExamples + [Repository.path("examples/broken/broken-plan.toc")]
        for path in plans {
            var document = Document(uri: URL(fileURLWithPath: path).absoluteString, version: 1, text: try String(contentsOfFile: path, encoding: .utf8))
            let analysis = document.analysis()
            let index = PlanIndex(analysis.syntax)
            let size = analysis.file.utf8.count
            func inside(_ range: SourceRange) -> Bool { range.start >= 0 && range.end <= size && range.start <= range.end }
            for offset in 0...size {
                if let hover = HoverProvider.hover(at: offset, analysis: analysis, index: index) {
                    XCTAssertTrue(inside(hover.range) && !hover.markdown.isEmpty, "\(path) at \(offset)")
                }
                _ = CompletionProvider.completions(at: offset, in: analysis.file, analysis: analysis)
                if let definition = Navigation.definition(at: offset, index: index) { XCTAssertTrue(inside(definition)) }
                for found in Navigation.references(at: offset, index: index, includeDeclaration: true) { XCTAssertTrue(inside(found.token.range)) }
            }
            let actions = QuickFixes.actions(for: SourceRange(start: 0, end: size), diagnostics: analysis.diagnostics, file: analysis.file, uri: document.uri, encoding: .utf16)
            if path.hasSuffix("broken-plan.toc") { XCTAssertFalse(actions.isEmpty, "the broken example has fixable mistakes") }
        }
    }

    /// Every occurrence the index finds lies in the text, in order, and ids declared in the model are all found.
    func testTheIndexFindsEveryDeclaredID() throws {
        for path in Repository.cleanExamples {
            let analysis = Analysis(file: try PlanLoader.load(path: path))
            let index = PlanIndex(analysis.syntax)
            XCTAssertEqual(index.occurrences.map(\.token.range.start), index.occurrences.map(\.token.range.start).sorted())
            for id in analysis.model.definitions.keys {
                XCTAssertNotNil(index.definition(of: id.rawValue), "\(path): \(id)")
            }
        }
    }
}
