import TocDiagnostics
import XCTest

/// One line per diagnostic, `file:line:col: severity[id]: message (hint: …)`, for editors and grep.
final class CompactFormatterTests: XCTestCase {
    private let file = SourceFile(path: "plans/lincs.toc", text: "activity é \"A\"\n  phase implemention\n")

    func testOneLinePerDiagnosticWithHintInParentheses() {
        let diagnostics = [
            Diagnostic(id: "unknown-value", severity: .error, message: "unknown phase `implemention`", range: SourceRange(start: 24, end: 36), hint: "did you mean `implementation`?"),
            Diagnostic(id: "w", severity: .warning, message: "no hint here", range: SourceRange(start: 12, end: 15)),
        ]
        XCTAssertEqual(CompactFormatter().format(diagnostics, in: file), """
            plans/lincs.toc:2:9: error[unknown-value]: unknown phase `implemention` (hint: did you mean `implementation`?)
            plans/lincs.toc:1:12: warning[w]: no hint here

            """)
    }

    func testColumnsCountCharacters() {
        // "é é x": x is at byte 6, after four characters, so in column 5.
        let accented = SourceFile(path: "p.toc", text: "é é x")
        let output = CompactFormatter().format([Diagnostic(id: "i", severity: .info, message: "m", range: .at(6))], in: accented)
        XCTAssertEqual(output, "p.toc:1:5: info[i]: m\n")
    }

    func testNoDiagnosticsPrintNothing() {
        XCTAssertEqual(CompactFormatter().format([], in: file), "")
    }
}
