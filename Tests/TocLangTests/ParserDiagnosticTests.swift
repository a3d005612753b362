import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// Every syntax message, triggered by a marked source: the marker is where the diagnostic must point, and no other
/// diagnostic may appear (one mistake, one message).
final class ParserDiagnosticTests: XCTestCase {
    private func parse(_ source: MarkedSource) -> [Diagnostic] {
        Parser.parse(source.file()).diagnostics
    }

    private func check(_ marked: String, _ expected: [DiagnosticSpec], file: StaticString = #filePath, line: UInt = #line) {
        let source = MarkedSource(marked)
        assertDiagnostics(parse(source), in: source, expected, file: file, line: line)
    }

    // MARK: - From the lexer

    func testBadDate() {
        check("theory \"T\"\n  starts 1️⃣2019-02-29", [
            DiagnosticSpec("1️⃣", "bad-date", severity: .error, message: "February 2019 has 28 days", hint: "`2019-03-31` (a day)"),
        ])
    }

    func testBadEscape() {
        check(#"input grant "a 1️⃣\q""#, [DiagnosticSpec("1️⃣", "bad-escape", severity: .error, message: "`\\q`")])
    }

    func testCurlyQuotes() {
        check("input grant 1️⃣“DfE funding”", [
            DiagnosticSpec("1️⃣", "curly-quotes", severity: .warning, hint: "read as intended"),
        ])
    }

    func testUnexpectedCharacter() {
        check("activity a \"A\"\n  phase 1️⃣%design", [
            DiagnosticSpec("1️⃣", "unexpected-character", severity: .error, message: "`%` cannot be used here"),
        ])
    }

    func testUnexpectedCharacterInAHeaderIsReportedOnce() {
        check("activity a \"A\" 1️⃣{}", [DiagnosticSpec("1️⃣", "unexpected-character")])
    }

    func testUnterminatedString() {
        check("input grant 1️⃣\"DfE funding\ninput advisors", [
            DiagnosticSpec("1️⃣", "unterminated-string", severity: .error, message: "no closing quote"),
        ])
    }

    // MARK: - Declarations

    func testColonAfterADetailName() {
        check("activity a\n  phase1️⃣: design", [
            DiagnosticSpec("1️⃣", "colon-after-keyword", severity: .warning, message: "no colon is needed after `phase`"),
        ])
    }

    func testColonAfterADeclarationKeyword() {
        check("activity1️⃣: a \"A\"", [DiagnosticSpec("1️⃣", "colon-after-keyword", message: "after `activity`")])
    }

    func testDeclarationIndented() {
        check("activity a \"A\"\n  phase design\n  1️⃣activity b \"B\"\n    phase implementation", [
            DiagnosticSpec("1️⃣", "declaration-indented", severity: .error, message: "`activity` starts a new element",
                           hint: "move this line (and its details) to the left margin"),
        ])
    }

    func testDetailAtTopLevel() {
        check("activity a\n1️⃣phase design", [
            DiagnosticSpec("1️⃣", "detail-outside-element", severity: .error,
                           message: "`phase` is a detail of an activity, but it is not indented under one",
                           hint: "indent this line under the activity it describes"),
        ])
    }

    func testDetailOfSeveralKindsAtTopLevel() {
        check("1️⃣target 30%", [
            DiagnosticSpec("1️⃣", "detail-outside-element", message: "a detail of an output or an indicator"),
        ])
    }

    func testLinkDetailAtTopLevel() {
        check("a -> b\n1️⃣assuming s", [
            DiagnosticSpec("1️⃣", "detail-outside-element", message: "a detail of a link", hint: "under the link it describes"),
        ])
    }

    func testIndicatorAtTopLevel() {
        check("1️⃣indicator x \"X\"\n  direction up", [
            DiagnosticSpec("1️⃣", "detail-outside-element", message: "an `indicator` measures an outcome or an assumption"),
        ])
    }

    func testExpectedDetail() {
        check("activity a\n  1️⃣\"Embed it\"", [
            DiagnosticSpec("1️⃣", "expected-detail", severity: .error, message: "such as `phase`", hint: "details of an activity are: phase, from"),
        ])
    }

    func testExpectedDetailUnderALink() {
        check("a -> b\n  1️⃣\"because it works\"", [
            DiagnosticSpec("1️⃣", "expected-detail", message: "expected `assuming` or `because` under a link"),
        ])
    }

    func testExpectedKeyword() {
        check("1️⃣\"Train staff\"\n2️⃣300", [
            DiagnosticSpec("1️⃣", "expected-keyword", severity: .error, message: "starts with what it declares"),
            DiagnosticSpec("2️⃣", "expected-keyword"),
        ])
    }

    func testMissingID() {
        check("activity 1️⃣\"Embed Signs of Safety\"", [
            DiagnosticSpec("1️⃣", "missing-id", severity: .error, message: "this activity has no id",
                           hint: "`activity embed-signs-safety \"…\"`"),
        ])
    }

    func testMissingIDWithoutLabelPointsAtTheKeyword() {
        check("1️⃣output\n  target 3", [
            DiagnosticSpec("1️⃣", "missing-id", hint: "`output short-name \"…\"`"),
        ])
    }

    func testMissingTitle() {
        check("theory1️⃣\n  kind system-change", [
            DiagnosticSpec("1️⃣", "missing-title", severity: .error, message: "the theory has no title", hint: "theory \"Our project\""),
        ])
    }

    func testUnquotedTitle() {
        check("theory 1️⃣Lincolnshire plan 2", [
            DiagnosticSpec("1️⃣", "missing-title", message: "the theory's title must be in double quotes",
                           hint: "write `theory \"Lincolnshire plan 2\"`"),
        ])
    }

    func testAnIDBeforeTheTheorysTitle() {
        check("theory 1️⃣lincs \"Lincolnshire\"", [
            DiagnosticSpec("1️⃣", "unexpected-after-header", message: "a theory has a title but no id", hint: "remove `lincs`"),
        ])
    }

    func testMissingValue() {
        check("activity a\n  1️⃣phase\n  2️⃣uses ,", [
            DiagnosticSpec("1️⃣", "missing-value", severity: .error, message: "`phase` needs a value", hint: "`phase implementation`"),
            DiagnosticSpec("2️⃣", "missing-value", message: "`uses` needs a value"),
        ])
    }

    func testRepeatedDetail() {
        check("activity a\n  phase design\n  1️⃣phase implementation", [
            DiagnosticSpec("1️⃣", "repeated-detail", severity: .error, message: "`phase` is given twice", hint: "the first has been used"),
        ])
    }

    func testUnquotedLabel() {
        check("activity a 1️⃣Embed Signs of Safety", [
            DiagnosticSpec("1️⃣", "unexpected-after-header", severity: .error,
                           message: "the label of an activity must be in double quotes",
                           hint: "write `\"Embed Signs of Safety\"`"),
        ])
    }

    func testTextAfterTheLabel() {
        check("activity a \"A\" 1️⃣phase design", [
            DiagnosticSpec("1️⃣", "unexpected-after-header", message: "unexpected text after the label",
                           hint: "details go on their own indented lines"),
        ])
    }

    func testUnexpectedIndentationUnderADetail() {
        check("activity a\n  phase design\n    1️⃣from month 1", [
            DiagnosticSpec("1️⃣", "unexpected-indentation", severity: .error, message: "nothing can be indented under `phase`"),
        ])
    }

    func testEveryLineIndentedUnderADetailIsReported() {
        check("activity a\n  phase design\n    1️⃣from month 1\n      2️⃣uses grant", [
            DiagnosticSpec("1️⃣", "unexpected-indentation", message: "under `phase`"),
            DiagnosticSpec("2️⃣", "unexpected-indentation"),
        ])
    }

    func testIndentedFirstElement() {
        check("1️⃣  activity a\n    phase design", [
            DiagnosticSpec("1️⃣", "unexpected-indentation", severity: .warning, message: "the first element of the file is indented"),
        ])
    }

    func testUnknownDetailWithSuggestion() {
        check("activity a\n  1️⃣phse design", [
            DiagnosticSpec("1️⃣", "unknown-detail", severity: .error, message: "`phse` is not a detail of an activity",
                           hint: "did you mean `phase`?"),
        ])
    }

    func testUnknownDetailThatBelongsToAnotherKind() {
        check("activity a\n  1️⃣horizon immediate", [
            DiagnosticSpec("1️⃣", "unknown-detail", hint: "`horizon` belongs to outcomes; activities take: phase, from, uses"),
        ])
    }

    func testUnknownDetailListsWhatTheKindTakes() {
        check("outcome o\n  1️⃣colour blue", [
            DiagnosticSpec("1️⃣", "unknown-detail", message: "`colour` is not a detail of an outcome",
                           hint: "outcomes take: horizon, for, contributes-to, expected, break-even, description, indicator"),
        ])
    }

    func testUnknownLinkDetail() {
        check("a -> b\n  1️⃣asuming s\n  2️⃣note \"x\"", [
            DiagnosticSpec("1️⃣", "unknown-detail", message: "`asuming` is not a detail of a link", hint: "did you mean `assuming`?"),
            DiagnosticSpec("2️⃣", "unknown-detail", hint: "a link takes `assuming` and `because`"),
        ])
    }

    func testUnknownKeywordWithSuggestion() {
        check("1️⃣activty a", [
            DiagnosticSpec("1️⃣", "unknown-keyword", severity: .error, message: "`activty` is not a kind of element",
                           hint: "did you mean `activity`?"),
        ])
    }

    func testUnknownKeywordWithoutSuggestion() {
        check("1️⃣banana a\n  phase design", [
            DiagnosticSpec("1️⃣", "unknown-keyword", hint: "elements are: theory, cohort, input, activity"),
        ])
    }

    // MARK: - Links

    func testLabelInLink() {
        check("a -> 1️⃣\"Trained staff\"", [
            DiagnosticSpec("1️⃣", "label-in-link", severity: .error, message: "links connect ids, not quoted labels"),
        ])
    }

    func testLabelAtTheStartOfALink() {
        check("1️⃣\"Train\" -> b", [DiagnosticSpec("1️⃣", "label-in-link")])
    }

    func testLinkInsideAnElement() {
        check("activity a\n  phase design\n  1️⃣a -> b", [
            DiagnosticSpec("1️⃣", "link-inside-element", severity: .error, message: "not inside an activity",
                           hint: "it has been read as if it were there"),
        ])
    }

    func testArrowWithNothingBeforeIt() {
        check("1️⃣-> b\na -> 2️⃣-> c", [
            DiagnosticSpec("1️⃣", "missing-link-end", severity: .error, message: "this arrow has nothing before it"),
            DiagnosticSpec("2️⃣", "missing-link-end", message: "nothing before it"),
        ])
    }

    func testLinkWithNothingAfterTheArrow() {
        check("a ->1️⃣   # to do", [
            DiagnosticSpec("1️⃣", "missing-link-end", message: "this link ends without saying what it leads to"),
        ])
    }

    func testTwoIDsInARow() {
        check("a 1️⃣b -> c", [
            DiagnosticSpec("1️⃣", "unexpected-in-link", severity: .error, message: "two ids in a row in a link need a comma or an arrow"),
        ])
    }

    func testStrayComma() {
        check("1️⃣, a, 2️⃣, b -> c", [
            DiagnosticSpec("1️⃣", "unexpected-in-link", message: "a comma here separates nothing"),
            DiagnosticSpec("2️⃣", "unexpected-in-link", message: "a comma here separates nothing"),
        ])
    }

    func testSomethingElseInALink() {
        check("a -> 1️⃣300", [DiagnosticSpec("1️⃣", "unexpected-in-link", message: "`300` cannot be part of a link")])
    }

    // MARK: - Indentation

    func testInconsistentIndentation() {
        check("activity a\n    phase design\n1️⃣  uses grant", [
            DiagnosticSpec("1️⃣", "inconsistent-indentation", severity: .warning, message: "indented differently"),
        ])
    }
}
