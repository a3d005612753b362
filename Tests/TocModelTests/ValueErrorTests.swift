import TocDiagnostics
import TocLang
@testable import TocModel
import TocTestSupport
import XCTest

/// Values that cannot be understood: each message points at the value, says what was expected, and offers a fix
/// where one is clear. The marked sources are otherwise well formed, so the parser reports nothing.
final class ValueErrorTests: XCTestCase {
    @discardableResult
    private func check(_ marked: String, _ expected: [DiagnosticSpec], file: StaticString = #filePath, line: UInt = #line) -> Built {
        check(MarkedSource(marked), expected, file: file, line: line)
    }

    @discardableResult
    private func check(_ source: MarkedSource, _ expected: [DiagnosticSpec], file: StaticString = #filePath, line: UInt = #line) -> Built {
        let built = Built(source.file())
        XCTAssertEqual(built.tree.diagnostics.map(\.message), [], "the text itself is well formed", file: file, line: line)
        assertDiagnostics(built.diagnostics, in: source, expected, file: file, line: line)
        return built
    }

    // MARK: - unknown-value

    func testUnknownValueWithSuggestionAndFixIt() {
        let source = MarkedSource("activity a\n  phase 1️⃣implemention")
        let built = check(source, [
            DiagnosticSpec("1️⃣", "unknown-value", severity: .error, message: "unknown phase `implemention`", hint: "did you mean `implementation`?"),
        ])
        XCTAssertEqual(built.node("a")?.phase, .implementation, "read as the suggestion, so later checks still see a phase")
        let file = source.file()
        XCTAssertEqual(FixIt.apply(built.diagnostics[0].fixIts, to: file), "activity a\n  phase implementation")
    }

    func testUnknownValueSuggestsTheCanonicalWordForANearAlias() {
        // "setp" is nearest to the accepted spelling "setup", whose canonical word is "set-up".
        check("activity a\n  phase 1️⃣setp", [DiagnosticSpec("1️⃣", "unknown-value", hint: "did you mean `set-up`?")])
    }

    func testUnknownValueWithoutSuggestionListsTheWords() {
        let built = check("outcome o\n  horizon 1️⃣eventually", [
            DiagnosticSpec("1️⃣", "unknown-value", message: "unknown horizon `eventually`",
                           hint: "use `immediate`, `intermediate` or `long-term`"),
        ])
        XCTAssertNil(built.node("o")?.horizon)
        XCTAssertEqual(built.diagnostics[0].fixIts, [])
    }

    func testEachUnknownWordOfAListIsReported() {
        let built = check("outcome o\n  for 1️⃣chidlren, staff, 2️⃣famlies", [
            DiagnosticSpec("1️⃣", "unknown-value", message: "`chidlren`", hint: "`children`"),
            DiagnosticSpec("2️⃣", "unknown-value", hint: "`families`"),
        ])
        XCTAssertEqual(built.node("o")?.beneficiaries, [.children, .staff, .families])
    }

    func testUnknownValuesOfEveryVocabulary() {
        check("""
            theory "T"
              kind 1️⃣system
            activity a
              involves 2️⃣trainning
            assumption s
              evidence 3️⃣excellent
            risk r
              likelihood 4️⃣hihg
            outcome o
              indicator i
                direction 5️⃣sideways
                frequency 6️⃣fortnightly
                measure 7️⃣cont
                design 8️⃣rct
            """, [
            DiagnosticSpec("1️⃣", "unknown-value", message: "unknown kind of plan `system`"),
            DiagnosticSpec("2️⃣", "unknown-value", hint: "`training`"),
            DiagnosticSpec("3️⃣", "unknown-value", message: "unknown level of evidence `excellent`"),
            DiagnosticSpec("4️⃣", "unknown-value", hint: "`high`"),
            DiagnosticSpec("5️⃣", "unknown-value", message: "unknown direction"),
            DiagnosticSpec("6️⃣", "unknown-value", message: "unknown frequency"),
            DiagnosticSpec("7️⃣", "unknown-value", hint: "`count`"),
            DiagnosticSpec("8️⃣", "unknown-value", message: "unknown evaluation design `rct`"),
        ])
    }

    // MARK: - bad-value

    func testBadValueForAWholeNumber() {
        check("cohort c\n  size 1️⃣lots\n  recruit 2️⃣2.5", [
            DiagnosticSpec("1️⃣", "bad-value", severity: .error, message: "`size` expects a whole number; found `lots`", hint: "for example `size 300`"),
            DiagnosticSpec("2️⃣", "bad-value", message: "`recruit` expects a whole number; found `2.5`"),
        ])
    }

    func testBadValueForADate() {
        check("theory \"T\"\n  starts 1️⃣month 1", [
            DiagnosticSpec("1️⃣", "bad-value", message: "`starts` expects a date such as `2019-03`; found `month`"),
        ])
    }

    func testBadValueForAMonthNumber() {
        check("activity a\n  from month 1️⃣0 to month 2", [
            DiagnosticSpec("1️⃣", "bad-value", message: "a month number counted from the plan's start"),
        ])
    }

    func testBadValueWhenNothingFollows() {
        check("activity a\n  from month1️⃣", [DiagnosticSpec("1️⃣", "bad-value", message: "found nothing")])
    }

    func testBadValueWhenTheWindowHasNoTo() {
        check("activity a\n  from month 1 1️⃣until month 9", [
            DiagnosticSpec("1️⃣", "bad-value", message: "`to` and the end"),
        ])
    }

    func testBadValueShowsQuotedTextWithItsQuotes() {
        check("input grant\nactivity a\n  uses 1️⃣\"grant\"", [
            DiagnosticSpec("1️⃣", "bad-value", message: "expects ids separated by commas; found `\"grant\"`"),
        ])
    }

    func testBadValueShowsAPercentageWithItsSign() {
        check("cohort c\n  size 1️⃣40%", [DiagnosticSpec("1️⃣", "bad-value", message: "found `40%`")])
    }

    func testBadValueForATarget() {
        check("output o\n  target 1️⃣many people", [
            DiagnosticSpec("1️⃣", "bad-value", message: "`target` expects a number or a percentage; found `many`"),
        ])
    }

    func testBadValueForAnEmptyBaseline() {
        check("outcome o\n  indicator i\n    baseline 1️⃣soon", [
            DiagnosticSpec("1️⃣", "bad-value", message: "`baseline` expects a value (`41%`)"),
        ])
    }

    func testOnlyTheFirstProblemOfALineIsReported() {
        check("theory \"T\"\n  starts 1️⃣soon later", [DiagnosticSpec("1️⃣", "bad-value")])
    }

    func testAValueTheLexerRejectedIsNotReportedAgain() {
        let source = MarkedSource("theory \"T\"\n  starts 1️⃣2019-02-29")
        let built = Built(source.file())
        assertDiagnostics(built.allDiagnostics, in: source, [DiagnosticSpec("1️⃣", "bad-date")])
        XCTAssertNil(built.model.theory?.starts)
    }

    // MARK: - extra-value

    func testExtraValue() {
        check("activity a\n  phase design 1️⃣and then some", [
            DiagnosticSpec("1️⃣", "extra-value", severity: .error, message: "unexpected `and then some` after the value of `phase`",
                           hint: "write it as `phase implementation`"),
        ])
    }

    func testExtraValueRangeCoversEverythingLeft() {
        let source = MarkedSource("cohort c\n  size 300 1️⃣young people")
        let built = check(source, [DiagnosticSpec("1️⃣", "extra-value")])
        XCTAssertEqual(built.diagnostics[0].range, SourceRange(start: source.offset("1️⃣"), end: source.text.utf8.count))
        XCTAssertEqual(built.model.cohorts.first?.size, 300, "the value before the extra is kept")
    }

    // MARK: - unquoted-text

    func testUnquotedTextIsQuotedByTheFixIt() {
        let source = MarkedSource("input grant\n  description 1️⃣DfE funding for 2 years")
        let built = check(source, [
            DiagnosticSpec("1️⃣", "unquoted-text", severity: .error, message: "`description` takes text in double quotes",
                           hint: "write `description \"DfE funding for 2 years\"`"),
        ])
        XCTAssertEqual(built.node("grant")?.description, "DfE funding for 2 years", "read as if it were quoted")
        let fixed = FixIt.apply(built.diagnostics[0].fixIts, to: source.file())
        XCTAssertEqual(fixed, "input grant\n  description \"DfE funding for 2 years\"")
        XCTAssertTrue(Built(fixed).allDiagnostics.isEmpty)
    }

    func testTheUnquotedTextFixItKeepsTheTextAsWritten() {
        let source = MarkedSource("input grant\n  description 1️⃣41% of staff, 2019-03")
        let built = check(source, [DiagnosticSpec("1️⃣", "unquoted-text")])
        let fixed = FixIt.apply(built.diagnostics[0].fixIts, to: source.file())
        XCTAssertEqual(fixed, "input grant\n  description \"41% of staff, 2019-03\"")
        XCTAssertEqual(built.node("grant")?.description, "41% of staff, 2019-03")
        XCTAssertTrue(Built(fixed).allDiagnostics.isEmpty)
    }

    func testUnquotedTextInEveryTextDetail() {
        check("""
            cohort c
              eligibility 1️⃣Aged 14 to 18
            risk r
              mitigation 2️⃣Deputies
            audit data
              now 3️⃣Mosaic only
            """, [
            DiagnosticSpec("1️⃣", "unquoted-text", message: "`eligibility`"),
            DiagnosticSpec("2️⃣", "unquoted-text", message: "`mitigation`"),
            DiagnosticSpec("3️⃣", "unquoted-text", message: "`now`"),
        ])
    }

    // MARK: - Plan dates and theories

    func testEndsBeforeStart() {
        check("theory \"T\"\n  starts 2020-01\n  ends 1️⃣2019-12", [
            DiagnosticSpec("1️⃣", "ends-before-start", severity: .error, message: "the plan ends (2019-12) before it starts (2020-01)",
                           hint: "check the `starts` and `ends` dates"),
        ])
    }

    func testEndingInTheMonthItStartsIsFine() {
        check("theory \"T\"\n  starts 2020-01\n  ends 2020-01", [])
        check("theory \"T\"\n  starts 2020-01-15\n  ends 2020-01", [])
        check("theory \"T\"\n  starts 2020-01\n  ends 2020-01-01", [])
    }

    func testEndingOnAnEarlierDayOfTheSameMonthIsNot() {
        check("theory \"T\"\n  starts 2020-01-15\n  ends 1️⃣2020-01-14", [DiagnosticSpec("1️⃣", "ends-before-start")])
    }

    func testRepeatedTheory() {
        let source = MarkedSource("1️⃣theory \"First\"\n2️⃣theory \"Second\"\n  kind system-change")
        let built = check(source, [
            DiagnosticSpec("2️⃣", "repeated-theory", severity: .error, message: "a file holds one theory, and this is the second",
                           hint: "split separate plans into separate files"),
        ])
        XCTAssertEqual(built.model.theory?.title, "First", "the first theory is the plan's")
        XCTAssertNil(built.model.theory?.kind, "the second theory's details are not mixed in")
        XCTAssertEqual(built.diagnostics[0].notes.map(\.range.start), [source.offset("1️⃣")])
        XCTAssertEqual(built.diagnostics[0].notes.first?.message, "the first theory")
    }

    func testEveryModelMessageIDIsCatalogued() {
        XCTAssertEqual(ModelMessages.ids, ModelMessages.ids.sorted())
        let built = Built("""
            theory "A"
              starts 2020-01
              ends 2019-01
            theory "B"
            activity a
              phase implemention
              description words
            cohort c
              size 300 people
              recruit lots
            """)
        XCTAssertEqual(Set(built.diagnostics.map(\.id)), Set(ModelMessages.ids))
    }
}

extension ValueErrorTests {
    func testAMonthNumberBeyondAnyPlanIsABadValue() {
        let source = MarkedSource("activity a\n  from month 1 to month 1️⃣9223372036854775807")
        let built = Built(source.file())
        assertDiagnostics(built.diagnostics, in: source, [DiagnosticSpec("1️⃣", "bad-value", message: "a month number")])
        XCTAssertNil(built.node("a")?.window?.end)
    }

    func testTheLargestMonthNumberResolves() {
        let built = Built("theory \"T\"\n  starts 2020-01\nactivity a\n  from month 1 to month \(TimePoint.maximumMonth)")
        XCTAssertTrue(built.allDiagnostics.isEmpty)
        let end = built.node("a")?.window?.end?.resolved(planStart: built.model.theory?.starts)
        XCTAssertEqual(end, PlanDate(year: 2119, month: 12))
    }
}
