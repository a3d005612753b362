import TocDiagnostics
import TocTestSupport
import XCTest

/// The format people read: heading, source line, carets under the offending text, notes and hint.
final class AnnotatedFormatterTests: XCTestCase {
    private let formatter = AnnotatedFormatter()

    /// The range of the first occurrence of `needle` in the file's text.
    private func range(of needle: String, in file: SourceFile, after: String? = nil) -> SourceRange {
        let text = file.text
        let searchStart = after.flatMap { text.range(of: $0)?.upperBound } ?? text.startIndex
        let found = text.range(of: needle, range: searchStart..<text.endIndex)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
        return SourceRange(start: start, end: start + needle.utf8.count)
    }

    func testSingleErrorWithHint() {
        let file = SourceFile(path: "plan.toc", text: "activity a \"A\"\n  phase implemention\n")
        let diagnostic = Diagnostic(
            id: "unknown-value", severity: .error, message: "unknown phase `implemention`",
            range: range(of: "implemention", in: file), hint: "did you mean `implementation`?"
        )
        XCTAssertEqual(formatter.format([diagnostic], in: file), """
            plan.toc:2:9: error[unknown-value]: unknown phase `implemention`
              |
            2 |   phase implemention
              |         ^^^^^^^^^^^^
              = hint: did you mean `implementation`?

            """)
    }

    func testWarningWithoutHintHasNoHintLine() {
        let file = SourceFile(path: "p.toc", text: "phase: design")
        let diagnostic = Diagnostic(id: "colon-after-keyword", severity: .warning, message: "no colon", range: SourceRange(start: 5, end: 6))
        XCTAssertEqual(formatter.format([diagnostic], in: file), """
            p.toc:1:6: warning[colon-after-keyword]: no colon
              |
            1 | phase: design
              |      ^

            """)
    }

    func testCaretWidthCountsCharactersNotBytes() {
        let file = SourceFile(path: "p.toc", text: "outcome café-é \"x\"")
        let diagnostic = Diagnostic(id: "t", severity: .error, message: "m", range: range(of: "café-é", in: file))
        let caretLine = formatter.format(diagnostic, in: file).split(separator: "\n")[3]
        XCTAssertEqual(caretLine, "  |         ^^^^^^", "six characters (eight bytes) get six carets, under them")
    }

    func testAnEmptyRangeGetsOneCaretWhereSomethingIsMissing() {
        let file = SourceFile(path: "p.toc", text: "a ->")
        let diagnostic = Diagnostic(id: "missing-link-end", severity: .error, message: "m", range: .at(4))
        let lines = formatter.format(diagnostic, in: file).split(separator: "\n")
        XCTAssertEqual(lines[0], "p.toc:1:5: error[missing-link-end]: m")
        XCTAssertEqual(lines[3], "  |     ^")
    }

    func testARangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let file = SourceFile(path: "p.toc", text: "activity a \"A\"\n  phase design\n")
        let diagnostic = Diagnostic(id: "t", severity: .error, message: "m", range: SourceRange(start: 9, end: file.utf8.count))
        let lines = formatter.format(diagnostic, in: file).split(separator: "\n")
        XCTAssertEqual(lines[2], "1 | activity a \"A\"")
        XCTAssertEqual(lines[3], "  |          ^^^^^")
    }

    func testATabIndentedLineKeepsTheTabUnderTheCaret() {
        let file = SourceFile(path: "p.toc", text: "activity a \"A\"\n\tphase implemention\n")
        let diagnostic = Diagnostic(id: "t", severity: .error, message: "m", range: range(of: "implemention", in: file))
        let lines = formatter.format(diagnostic, in: file).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "p.toc:2:8: error[t]: m", "a tab is one character for the column")
        XCTAssertEqual(lines[2], "2 | \tphase implemention")
        XCTAssertEqual(lines[3], "  | \t      ^^^^^^^^^^^^", "the tab is repeated so the carets line up at any tab width")
    }

    func testWindowsLineEndsAreNotPrinted() {
        let file = SourceFile(path: "p.toc", text: "activity a\r\n  phase x\r\n")
        let diagnostic = Diagnostic(id: "t", severity: .error, message: "m", range: range(of: "x", in: file))
        let output = formatter.format(diagnostic, in: file)
        XCTAssertFalse(output.contains("\r"))
        XCTAssertTrue(output.contains("2 |   phase x\n"))
    }

    func testTheGutterIsAsWideAsTheLargestLineNumberIncludingNotes() {
        let text = (1...12).map { "line\($0)" }.joined(separator: "\n")
        let file = SourceFile(path: "p.toc", text: text)
        let diagnostic = Diagnostic(
            id: "t", severity: .error, message: "m", range: range(of: "line3", in: file),
            notes: [Diagnostic.Note(message: "see", range: range(of: "line12", in: file))]
        )
        XCTAssertEqual(formatter.format(diagnostic, in: file), """
            p.toc:3:1: error[t]: m
               |
             3 | line3
               | ^^^^^
               = note: see (p.toc:12:1)
               |
            12 | line12
               | ------

            """)
    }

    func testSeveralDiagnosticsAreSeparatedByABlankLine() {
        let file = SourceFile(path: "p.toc", text: "a\nb")
        let diagnostics = [
            Diagnostic(id: "one", severity: .error, message: "first", range: SourceRange(start: 0, end: 1)),
            Diagnostic(id: "two", severity: .warning, message: "second", range: SourceRange(start: 2, end: 3)),
        ]
        let output = formatter.format(diagnostics, in: file)
        XCTAssertTrue(output.contains("^\n\np.toc:2:1: warning[two]: second\n"))
        XCTAssertEqual(output.components(separatedBy: "error[one]").count, 2)
    }

    func testNoDiagnosticsPrintNothing() {
        XCTAssertEqual(formatter.format([], in: SourceFile(path: "p.toc", text: "x")), "")
    }

    func testPlainStyleHasNoEscapeCodesAndANSIStyleColoursBySeverity() {
        let file = SourceFile(path: "p.toc", text: "phase: design")
        let warning = Diagnostic(id: "w", severity: .warning, message: "m", range: SourceRange(start: 5, end: 6), hint: "h")
        XCTAssertFalse(AnnotatedFormatter(style: .plain).format(warning, in: file).contains("\u{1B}["))
        let coloured = AnnotatedFormatter(style: .ansi).format(warning, in: file)
        XCTAssertTrue(coloured.contains("\u{1B}[1;33mwarning[w]\u{1B}[0m"), "the heading is in the warning colour")
        XCTAssertTrue(coloured.contains("\u{1B}[1;33m^\u{1B}[0m"), "so are the carets under a warning")
        XCTAssertFalse(coloured.contains("\u{1B}[1;31m"), "nothing in a warning is in the error colour")
    }

    /// A whole report: an error with a hint, a duplicate with a note pointing at an earlier line, a warning with a
    /// fix-it (not printed), on a file long enough for a two-digit gutter, with a tab-indented line.
    func testGoldenReport() {
        let text = """
            theory "Golden example"
              kind: system-change
              starts 2017-08

            activity embed-sos "Embed Signs of Safety"
              phase implemention
              uses grant

            output trained "Staff trained"
            \ttarget 3000 people

            activity embed-sos "Embed it again"

            """
        let file = SourceFile(path: "examples/golden.toc", text: text)
        let diagnostics = [
            Diagnostic(
                id: "colon-after-keyword", severity: .warning, message: "no colon is needed after `kind`",
                range: range(of: ":", in: file), hint: "write `kind value`; the colon has been ignored",
                fixIts: [FixIt(range: range(of: ":", in: file), replacement: "")]
            ),
            Diagnostic(
                id: "unknown-value", severity: .error, message: "unknown phase `implemention`",
                range: range(of: "implemention", in: file), hint: "did you mean `implementation`?"
            ),
            Diagnostic(
                id: "mixed-indentation", severity: .error, message: "this line is indented with tabs, but the lines above use spaces",
                range: range(of: "target", in: file)
            ),
            Diagnostic(
                id: "duplicate-id", severity: .error, message: "`embed-sos` is declared twice",
                range: range(of: "embed-sos", in: file, after: "people"),
                hint: "give each element its own id",
                notes: [Diagnostic.Note(message: "first declared here", range: range(of: "embed-sos", in: file))]
            ),
        ]
        assertGolden(AnnotatedFormatter().format(diagnostics, in: file), name: "annotated-report", extension: "txt")
    }
}
