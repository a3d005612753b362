@testable import TocLang
import XCTest

/// The layout rules of `toc fmt`, one at a time.
final class FormatterLayoutTests: XCTestCase {
    private func assertFormats(_ input: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Fmt.format(input, file: file, line: line), expected, file: file, line: line)
    }

    func testIndentsDetailsTwoSpacesAndIndicatorDetailsFour() {
        assertFormats(
            "outcome o\n\thorizon immediate\n\tindicator i\n\t\t\tmeasure count\n",
            "outcome o\n  horizon immediate\n  indicator i\n    measure count\n"
        )
    }

    func testPutsDetailsInSchemaOrderKeepingRepeatsInOrder() {
        assertFormats(
            "output o\n  description \"d\"\n  target 2 b\n  target 1 a\n",
            "output o\n  target 2 b\n  target 1 a\n  description \"d\"\n"
        )
        assertFormats(
            "outcome o\n  indicator i\n  for staff\n  indicator j\n  horizon immediate\n",
            "outcome o\n  horizon immediate\n  for staff\n  indicator i\n  indicator j\n"
        )
    }

    func testLinkDetailsAssumingThenBecause() {
        assertFormats(
            "a -> b\n  because \"why\"\n  assuming x\n  assuming y\n",
            "a -> b\n  assuming x\n  assuming y\n  because \"why\"\n"
        )
    }

    func testSpacingOfTokensListsAndArrows() {
        assertFormats("a,b→c   ->  d\n", "a, b -> c -> d\n")
        assertFormats("activity a\n  uses  x y,,z ,\n", "activity a\n  uses x, y, z\n")
        assertFormats("output o\n  target   3000   people   by   2019-03\n", "output o\n  target 3000 people by 2019-03\n")
        assertFormats("output o\n  target 12months\n", "output o\n  target 12 months\n")
    }

    func testQuotedTextIsReEscapedWithStraightQuotes() {
        assertFormats("input a “Curly”\n", "input a \"Curly\"\n")
        assertFormats("input a \"tab\\there, \\u{41}\\u{2014}, \\\"q\\\", \\\\\"\n", "input a \"tab\\there, A—, \\\"q\\\", \\\\\"\n")
        assertFormats("input a \"She said “no”\"\n", "input a \"She said “no”\"\n")
        assertFormats("input a \"line\\nbreak\"\n", "input a \"line\\nbreak\"\n")
        assertFormats("input a \"bell\\u{7}\"\n", "input a \"bell\\u{7}\"\n")
    }

    func testNumbersDatesAndPercentagesAsWritten() {
        assertFormats(
            "outcome o\n  indicator i\n    baseline 020.50 in 2019-03-01 available\n    target 7.5% by 2020\n",
            "outcome o\n  indicator i\n    baseline 020.50 in 2019-03-01 available\n    target 7.5% by 2020\n"
        )
    }

    func testKeywordCaseIsLowered() {
        assertFormats(
            "Activity A \"x\"\n  Phase Design\n  USES G\nA -> o\n  Assuming S\n  BECAUSE \"b\"\n",
            "activity A \"x\"\n  phase design\n  uses G\n\nA -> o\n  assuming S\n  because \"b\"\n"
        )
        assertFormats("activity a\n  phase SetUp\n  from MONTH 1 To Month 2\n", "activity a\n  phase setup\n  from month 1 to month 2\n")
        assertFormats(
            "outcome o\n  expected BY 2020\n  indicator i\n    baseline COLLECTED From Month 3\n    design Strong COMPARISON \"c\"\n",
            "outcome o\n  expected by 2020\n  indicator i\n    baseline collected from month 3\n    design strong comparison \"c\"\n"
        )
    }

    func testIdsUnitsAndFreeWordsKeepTheirCase() {
        assertFormats("activity a\n  uses Grant, grant\n", "activity a\n  uses Grant, grant\n")
        assertFormats("output o\n  target 3 Month In Reviews by month 2\n", "output o\n  target 3 Month In Reviews by month 2\n")
        assertFormats("outcome o\n  indicator i\n    disaggregation Age, LA\n", "outcome o\n  indicator i\n    disaggregation Age, LA\n")
    }

    func testOneBlankLineBetweenDeclarations() {
        assertFormats(
            "input a\n  description \"x\"\ninput b\n\n\n\nactivity c\noutput d\n",
            "input a\n  description \"x\"\n\ninput b\n\nactivity c\n\noutput d\n"
        )
    }

    func testRunsOfOneLineDeclarationsOfOneKindAndOfLinksStayTogether() {
        assertFormats(
            "input a\ninput b\nactivity c\nactivity d\na -> c\n  assuming s\nb -> d\nassumption s\n",
            "input a\ninput b\n\nactivity c\nactivity d\n\na -> c\n  assuming s\nb -> d\n\nassumption s\n"
        )
    }

    func testBlankLinesTheWriterPutInARunAreKeptAsOne() {
        assertFormats("input a\n\n\n\ninput b\ninput c\n", "input a\n\ninput b\ninput c\n")
        assertFormats("a -> b\n\n\nb -> c\n", "a -> b\n\nb -> c\n")
    }

    func testCommentsStayWithTheirStatementAtItsIndentation() {
        assertFormats(
            "# plan\n\n\n# inputs\ninput a # the grant\n      # before the description\n      description \"x\"     #    trailing   \n",
            "# plan\n\n# inputs\ninput a  # the grant\n  # before the description\n  description \"x\"  #    trailing\n"
        )
    }

    func testCommentsMoveWithTheirDetailWhenDetailsAreReordered() {
        assertFormats(
            "activity a\n  # the money\n  uses g\n  # when\n  phase design\n",
            "activity a\n  # when\n  phase design\n  # the money\n  uses g\n"
        )
    }

    func testACommentBeforeAStatementKeepsTheBlankLineAfterIt() {
        assertFormats("input a\n\n# Activities\n\nactivity b\n", "input a\n\n# Activities\n\nactivity b\n")
        assertFormats("input a\n# Activities\nactivity b\n", "input a\n\n# Activities\nactivity b\n")
    }

    func testTrailingCommentsAfterTheLastStatementAreKept() {
        assertFormats("input a\n  description \"d\"\n  # stray, indented\n\n\n# end\n", "input a\n  description \"d\"\n# stray, indented\n\n# end\n")
    }

    func testSuppressionCommentsStayOnTheirLine() {
        assertFormats(
            "input spare  # toc-ignore: unused-input kept for next year\n# toc-ignore: activity-without-outcome pilot\nactivity a\n",
            "input spare  # toc-ignore: unused-input kept for next year\n\n# toc-ignore: activity-without-outcome pilot\nactivity a\n"
        )
    }

    func testColonsAfterKeywordsGo() {
        assertFormats("theory: \"T\"\n  kind: system-change\n", "theory \"T\"\n  kind system-change\n")
    }

    func testAuditRowsAndTheoryTitles() {
        assertFormats(
            "audit data\n  progress \"p\"\n  now \"n\"\n  needs \"d\"\ntheory \"T\"\n",
            "audit data\n  now \"n\"\n  needs \"d\"\n  progress \"p\"\n\ntheory \"T\"\n"
        )
    }
}

extension FormatterLayoutTests {
    /// The later of the two comparators counts, so reordering them would change what the plan says.
    func testAComparatorGivenTwiceKeepsItsOrder() {
        let text = "outcome o\n  indicator i\n    comparator \"first\"\n    measure count\n    design stronger comparator \"second\"\n"
        XCTAssertEqual(Fmt.format(text), "outcome o\n  indicator i\n    measure count\n    comparator \"first\"\n    design stronger comparator \"second\"\n")
        XCTAssertEqual(
            Fmt.format("outcome o\n  indicator i\n    comparator \"c\"\n    design stronger\n"),
            "outcome o\n  indicator i\n    design stronger\n    comparator \"c\"\n"
        )
    }
}

extension FormatterLayoutTests {
    func testRulesBlocksKeepTheirSettings() {
        XCTAssertEqual(
            Fmt.format("Rules\n    skipped-stage   OFF   # pilot only\n    unused-input Warning\ninput a\n"),
            "rules\n  skipped-stage off  # pilot only\n  unused-input warning\n\ninput a\n"
        )
    }
}
