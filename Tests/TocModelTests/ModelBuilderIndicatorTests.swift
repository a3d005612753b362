import TocDiagnostics
import TocLang
@testable import TocModel
import TocTestSupport
import XCTest

/// Indicator plans: every detail, the forms of baseline and target, and the design with its comparator.
final class ModelBuilderIndicatorTests: XCTestCase {
    /// The single indicator of a clean plan whose outcome `o` holds the given indicator lines.
    private func indicator(_ lines: String, file: StaticString = #filePath, line: UInt = #line) -> Indicator? {
        let body = lines.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        let built = Built("outcome o \"O\"\n  indicator i \"I\"\n" + body)
        XCTAssertEqual(built.allDiagnostics.map(\.message), [], file: file, line: line)
        XCTAssertEqual(built.node("o")?.indicators.count, 1, file: file, line: line)
        return built.node("o")?.indicators.first
    }

    func testEveryTextAndWordDetail() {
        let indicator = indicator("""
            definition "Share who reoffend within 12 months"
            measure percentage
            unit "per 100 young people"
            direction down
            source "YOS records"
            method "Case records extracted from Mosaic"
            frequency quarterly
            owner "Performance team"
            disaggregation age, gender ethnicity
            """)
        XCTAssertEqual(indicator?.id, "i")
        XCTAssertEqual(indicator?.label, "I")
        XCTAssertEqual(indicator?.measures, "o")
        XCTAssertEqual(indicator?.definition, "Share who reoffend within 12 months")
        XCTAssertEqual(indicator?.measure, "percentage")
        XCTAssertEqual(indicator?.unit, "per 100 young people")
        XCTAssertEqual(indicator?.direction, .down)
        XCTAssertEqual(indicator?.source, "YOS records")
        XCTAssertEqual(indicator?.method, "Case records extracted from Mosaic")
        XCTAssertEqual(indicator?.frequency, "quarterly")
        XCTAssertEqual(indicator?.owner, "Performance team")
        XCTAssertEqual(indicator?.disaggregation, ["age", "gender", "ethnicity"])
    }

    func testWordDetailsAcceptOtherSpellings() {
        let indicator = indicator("measure percent\ndirection reduce\nfrequency annual")
        XCTAssertEqual(indicator?.measure, "percentage")
        XCTAssertEqual(indicator?.direction, .down)
        XCTAssertEqual(indicator?.frequency, "annually")
    }

    // MARK: - Baselines

    func testBaselineWithValueYearAndAvailability() {
        let baseline = indicator("baseline 41% in 2017 available")?.baseline
        XCTAssertEqual(baseline?.value, .percentage(41))
        XCTAssertEqual(baseline?.at, .year(2017))
        XCTAssertEqual(baseline?.availability, .available)
    }

    func testBaselineCollectedFromADate() {
        let baseline = indicator("baseline collected from 2018-04")?.baseline
        XCTAssertNil(baseline?.value)
        XCTAssertNil(baseline?.at)
        XCTAssertEqual(baseline?.availability, .collectedFrom(.date(PlanDate(year: 2018, month: 4))))
    }

    func testBaselineValueAtADateCollectedFromAnEarlierOne() {
        let baseline = indicator("baseline 12 in 2016-03 collected from 2016-01")?.baseline
        XCTAssertEqual(baseline?.value, .number(12))
        XCTAssertEqual(baseline?.at, .date(PlanDate(year: 2016, month: 3)))
        XCTAssertEqual(baseline?.availability, .collectedFrom(.date(PlanDate(year: 2016, month: 1))))
    }

    func testShorterBaselineForms() {
        XCTAssertEqual(indicator("baseline from month 3")?.baseline?.availability, .collectedFrom(.month(3)))
        XCTAssertEqual(indicator("baseline collect from month 3")?.baseline?.availability, .collectedFrom(.month(3)))
        XCTAssertEqual(indicator("baseline collected")?.baseline?.availability, .collectedFrom(nil))
        XCTAssertEqual(indicator("baseline available")?.baseline?.availability, .available)
        let atOnly = indicator("baseline 10.5 at 2018-03")?.baseline
        XCTAssertEqual(atOnly?.value, .number(10.5))
        XCTAssertEqual(atOnly?.at, .date(PlanDate(year: 2018, month: 3)))
        XCTAssertNil(atOnly?.availability)
    }

    // MARK: - Targets

    func testSeveralTargets() {
        let targets = indicator("target 30% by 2020-03\ntarget 25% by month 36\ntarget 20")?.targets
        XCTAssertEqual(targets?.map(\.value), [.percentage(30), .percentage(25), .number(20)])
        XCTAssertEqual(targets?.map(\.by), [.date(PlanDate(year: 2020, month: 3)), .month(36), nil])
    }

    // MARK: - Design and comparator

    func testDesignWithAnInlineComparator() {
        let indicator = indicator("design stronger comparator \"historical cohort weighted by inverse probability\"")
        XCTAssertEqual(indicator?.design, "stronger")
        XCTAssertEqual(indicator?.comparator, "historical cohort weighted by inverse probability")
    }

    func testDesignFollowedDirectlyByQuotedComparator() {
        let indicator = indicator("design moderate \"matched local authorities\"")
        XCTAssertEqual(indicator?.design, "moderate")
        XCTAssertEqual(indicator?.comparator, "matched local authorities")
    }

    func testDesignAliasesAndASeparateComparator() {
        let indicator = indicator("design pre-post\ncomparator \"the year before\"")
        XCTAssertEqual(indicator?.design, "changes")
        XCTAssertEqual(indicator?.comparator, "the year before")
    }

    func testAnInlineComparatorDoesNotEraseASeparateOne() {
        let indicator = indicator("comparator \"first\"\ndesign stronger")
        XCTAssertEqual(indicator?.comparator, "first")
    }

    // MARK: - Owners

    func testAnAssumptionsIndicatorMeasuresTheAssumption() {
        let built = Built("assumption staff-stay\n  indicator turnover \"Turnover\"\n    direction down")
        XCTAssertEqual(built.node("staff-stay")?.indicators.map(\.measures), ["staff-stay"])
        XCTAssertEqual(built.model.indicators.map(\.id), ["turnover"])
        XCTAssertEqual(built.model.definitions["turnover"]?.kind, "indicator")
        XCTAssertNil(built.node("turnover"), "an indicator is not a node of the graph")
    }

    func testIndicatorsOfEveryOutcomeAreListedTogether() {
        let built = Built("outcome a\n  indicator x\n  indicator y\noutcome b\n  indicator z")
        XCTAssertEqual(built.model.indicators.map(\.id), ["x", "y", "z"])
    }

    func testTheIndicatorRangeIsItsHeader() {
        let text = "outcome o\n  indicator i \"I\"\n    direction up"
        XCTAssertEqual(Built(text).node("o")?.indicators.first?.range, text.range(of: "indicator i \"I\"", after: nil))
    }
}
