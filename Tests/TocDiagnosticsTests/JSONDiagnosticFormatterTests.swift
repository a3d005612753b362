import Foundation
import TocDiagnostics
import XCTest

/// The JSON for tools, read back with JSONSerialization as a tool would.
final class JSONDiagnosticFormatterTests: XCTestCase {
    private let file = SourceFile(path: "plans/a \"quoted\" path.toc", text: "activity a \"A\"\n  phase implemention\nactivity a \"B\"\n")

    private func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    private func firstDiagnostic(_ json: String) throws -> [String: Any] {
        let document = try parse(json)
        let files = try XCTUnwrap(document["files"] as? [[String: Any]])
        let diagnostics = try XCTUnwrap(files.first?["diagnostics"] as? [[String: Any]])
        return try XCTUnwrap(diagnostics.first)
    }

    func testDocumentHasVersionAndFileEntry() throws {
        let document = try parse(JSONDiagnosticFormatter().format([], in: file))
        XCTAssertEqual(document["version"] as? Int, 1)
        let files = try XCTUnwrap(document["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 1)
        XCTAssertEqual(files[0]["path"] as? String, "plans/a \"quoted\" path.toc")
        XCTAssertEqual((files[0]["diagnostics"] as? [Any])?.count, 0)
    }

    func testDiagnosticFieldsWithLinesColumnsAndOffsets() throws {
        let diagnostic = Diagnostic(
            id: "unknown-value", severity: .error, message: "unknown phase `implemention` — “quoted”\nsecond line",
            range: SourceRange(start: 23, end: 35), hint: "did you mean `implementation`?",
            fixIts: [FixIt(range: SourceRange(start: 23, end: 35), replacement: "implementation")]
        )
        let entry = try firstDiagnostic(JSONDiagnosticFormatter().format([diagnostic], in: file))
        XCTAssertEqual(entry["id"] as? String, "unknown-value")
        XCTAssertEqual(entry["severity"] as? String, "error")
        XCTAssertEqual(entry["message"] as? String, "unknown phase `implemention` — “quoted”\nsecond line")
        XCTAssertEqual(entry["hint"] as? String, "did you mean `implementation`?")
        let start = try XCTUnwrap(entry["start"] as? [String: Int])
        XCTAssertEqual(start, ["line": 2, "column": 9, "offset": 23])
        let end = try XCTUnwrap(entry["end"] as? [String: Int])
        XCTAssertEqual(end, ["line": 2, "column": 21, "offset": 35])
        let fixIts = try XCTUnwrap(entry["fixIts"] as? [[String: Any]])
        XCTAssertEqual(fixIts.count, 1)
        XCTAssertEqual(fixIts[0]["replacement"] as? String, "implementation")
        XCTAssertEqual((fixIts[0]["start"] as? [String: Int])?["offset"], 23)
        XCTAssertEqual((fixIts[0]["end"] as? [String: Int])?["column"], 21)
        XCTAssertEqual((entry["notes"] as? [Any])?.count, 0)
    }

    func testNotesCarryTheirOwnLocation() throws {
        let diagnostic = Diagnostic(
            id: "duplicate-id", severity: .warning, message: "twice", range: SourceRange(start: 45, end: 46),
            notes: [Diagnostic.Note(message: "first here", range: SourceRange(start: 9, end: 10))]
        )
        let entry = try firstDiagnostic(JSONDiagnosticFormatter().format([diagnostic], in: file))
        XCTAssertEqual(entry["severity"] as? String, "warning")
        XCTAssertEqual((entry["start"] as? [String: Int])?["line"], 3)
        let notes = try XCTUnwrap(entry["notes"] as? [[String: Any]])
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes[0]["message"] as? String, "first here")
        XCTAssertEqual(notes[0]["start"] as? [String: Int], ["line": 1, "column": 10, "offset": 9])
        XCTAssertEqual(notes[0]["end"] as? [String: Int], ["line": 1, "column": 11, "offset": 10])
    }

    func testAMissingHintIsLeftOut() throws {
        let diagnostic = Diagnostic(id: "x", severity: .info, message: "m", range: .at(0))
        let entry = try firstDiagnostic(JSONDiagnosticFormatter().format([diagnostic], in: file))
        XCTAssertNil(entry["hint"])
        XCTAssertEqual(entry["severity"] as? String, "info")
    }

    func testColumnsCountCharactersButOffsetsCountBytes() throws {
        // "x" is at byte 17 but after 15 characters.
        let accented = SourceFile(path: "p.toc", text: "outcome café é x")
        let entry = try firstDiagnostic(JSONDiagnosticFormatter().format(
            [Diagnostic(id: "x", severity: .error, message: "m", range: SourceRange(start: 17, end: 18))], in: accented
        ))
        XCTAssertEqual(entry["start"] as? [String: Int], ["line": 1, "column": 16, "offset": 17])
    }

    func testSeveralFilesInOneDocumentKeepTheirOrder() throws {
        let other = SourceFile(path: "b.toc", text: "x")
        let json = JSONDiagnosticFormatter().format([
            FileDiagnostics(file: file, diagnostics: []),
            FileDiagnostics(file: other, diagnostics: [Diagnostic(id: "x", severity: .error, message: "m", range: .at(1))]),
        ])
        let files = try XCTUnwrap(try parse(json)["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, [file.path, "b.toc"])
        XCTAssertEqual((files[1]["diagnostics"] as? [Any])?.count, 1)
    }

    func testOutputEndsWithANewline() {
        XCTAssertTrue(JSONDiagnosticFormatter().format([], in: file).hasSuffix("}\n"))
    }
}
