import TocKit
import TocTestSupport
import XCTest

/// The cohort rules (`RuleRegistry.cohorts`): cohorts too small to report, recruitment without a margin, and
/// comparisons too small to detect their targets. Only the cohort group runs.
final class CohortRuleTests: XCTestCase {
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: RuleRegistry.cohorts).diagnostics
    }

    func testGroupHoldsTheCohortRules() {
        XCTAssertEqual(RuleRegistry.cohorts.map(\.id), ["cohort-too-small", "recruitment-not-above-need", "underpowered-comparison"])
    }

    // MARK: - cohort-too-small

    func testCohortUnderFive() {
        let source = MarkedSource("""
            1️⃣cohort pilot "Care leavers in the first pilot flat"
              size 4
            2️⃣cohort one "A single young person"
              size 1
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "cohort-too-small", severity: .warning,
                message: "the cohort `pilot` has 4 people, too few for outcomes to be reported",
                hint: "pool it with other sites to reach at least 5"
            ),
            DiagnosticSpec("2️⃣", "cohort-too-small", message: "has 1 person,"),
        ])
    }

    /// Exactly 5 can be reported; a cohort without a size is not guessed at.
    func testCohortOfFiveOrWithoutASizeIsFine() {
        let source = MarkedSource("""
            cohort five "Five care leavers"
              size 5
              recruit 6
            cohort unknown "Care leavers, numbers not known yet"
              eligibility "Leaving residential care at 18"
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - recruitment-not-above-need

    func testRecruitingExactlyTheCohortLeavesNoMargin() {
        let source = MarkedSource("""
            1️⃣cohort families "Families on the edge of care"
              size 120
              recruit 120
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "recruitment-not-above-need", severity: .warning,
                message: "the cohort `families` needs 120, and the plan recruits 120, no margin",
                hint: "e.g. `recruit 144` (20% above)"
            ),
        ])
    }

    func testRecruitingFewerThanNeeded() {
        let source = MarkedSource("""
            1️⃣cohort carers "Specialist foster carers"
              size 20
              recruit 12 from month 3 to month 12
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "recruitment-not-above-need", message: "needs 20, and the plan recruits 12, fewer than needed", hint: "`recruit 24`"),
        ])
    }

    /// One more than needed is above the need; without both figures there is nothing to compare.
    func testRecruitingAboveTheCohortOrWithoutFiguresIsFine() {
        let source = MarkedSource("""
            cohort one-more "One more than needed"
              size 120
              recruit 121 from 2020-03 to 2020-12
            cohort no-target "No recruitment target"
              size 120
            cohort no-size "No size"
              recruit 150
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - underpowered-comparison

    /// The issue's own figure: reoffending from 41% to 30% needs about 300 per group (296 exactly).
    func testComparisonTooSmallForItsTarget() {
        let source = MarkedSource("""
            cohort young-people "Young people at risk of offending"
              size 60
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              1️⃣indicator reoffending "Reoffending within 12 months"
                measure percentage
                direction down
                baseline 41% in 2017 available
                target 30% by 2020-03
                design stronger comparator "historical cohort"
                cohort young-people
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "underpowered-comparison", severity: .warning,
                message: "`reoffending` needs about 296 per group to detect a change from 41% to 30%, but the cohort `young-people` has 60",
                hint: "enlarge or pool the cohort"
            ),
        ])
    }

    /// 296 is enough; 295 is not.
    func testUnderpoweredComparisonAtTheBoundary() {
        func plan(size: Int) -> MarkedSource {
            MarkedSource("""
                cohort young-people "Young people at risk of offending"
                  size \(size)
                outcome less-reoffending "Fewer young people reoffend"
                  horizon long-term
                  1️⃣indicator reoffending "Reoffending within 12 months"
                    baseline 41%
                    target 30%
                    design moderate comparator "statistical neighbours"
                """)
        }
        let enough = plan(size: 296)
        assertDiagnostics(check(enough), in: enough, [])
        let short = plan(size: 295)
        assertDiagnostics(check(short), in: short, [
            DiagnosticSpec("1️⃣", "underpowered-comparison", message: "needs about 296 per group"),
        ])
    }

    /// An indicator's `cohort` picks among several cohorts; without one, several cohorts leave it unknown.
    func testTheIndicatorsCohortIsTheOneCompared() {
        let source = MarkedSource("""
            cohort pilot "First pilot site"
              size 40
            cohort county "Every family in the county"
              size 2000
            outcome home "Children stay at home"
              horizon long-term
              1️⃣indicator at-home-pilot "Children at home, pilot site"
                baseline 60%
                target 70%
                design compromised comparator "matched families"
                cohort pilot
              indicator at-home-county "Children at home, county"
                baseline 60%
                target 70%
                design stronger comparator "neighbouring authorities"
                cohort county
              indicator at-home-unknown "Children at home, which cohort unknown"
                baseline 60%
                target 70%
                design stronger comparator "neighbouring authorities"
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "underpowered-comparison", message: "change from 60% to 70%, but the cohort `pilot` has 40"),
        ])
    }

    /// Designs without a comparison group, figures that are not percentages, and missing baselines or targets are
    /// not tested for power. The last target is the one compared.
    func testUnderpoweredComparisonNeedsAComparativeDesignAndPercentages() {
        let source = MarkedSource("""
            cohort pilot "Care leavers"
              size 30
            outcome eet "Care leavers in education, employment or training"
              horizon long-term
              indicator eet-changes "In EET, before and after"
                baseline 44%
                target 59%
                design changes
              indicator eet-contribution "In EET, contribution analysis"
                baseline 44%
                target 59%
                design contribution
              indicator eet-count "Number in EET"
                baseline 13
                target 18
                design stronger comparator "matched care leavers"
              indicator eet-no-baseline "In EET, no baseline yet"
                baseline collected from 2020-04
                target 59%
                design stronger comparator "matched care leavers"
              indicator eet-no-target "In EET, no target"
                baseline 44%
                design stronger comparator "matched care leavers"
              1️⃣indicator eet-last-target "In EET, two targets"
                baseline 44%
                target 7.5% by 2020-03
                target 40.5% by 2021-03
                design stronger comparator "matched care leavers"
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "underpowered-comparison", message: "about 3126 per group to detect a change from 44% to 40.5%"),
        ])
    }
}
