import TocKit
import TocTestSupport
import XCTest

/// The rules about the indicator plan: every outcome measured, every indicator complete, baselines, targets and
/// directions that make sense, measured pathways and monitored assumptions.
final class IndicatorPlanRuleTests: XCTestCase {
    private func check(_ source: MarkedSource, _ ids: Set<String>) -> [Diagnostic] {
        Analysis(file: source.file(), rules: RuleRegistry.coverage.filter { ids.contains($0.id) }).diagnostics
    }

    private static let header = """
        theory "Test plan"
          starts 2020-01
          ends 2022-12

        """

    /// A complete indicator's details, to indent under an `indicator` line.
    private static let complete = """
            source "Children in Need Census"
            frequency quarterly
            baseline 10% in 2019-03 available
            target 6% by 2022-03
        """

    // MARK: - outcome-without-indicator

    func testOutcomeWithoutIndicator() {
        let source = MarkedSource(Self.header + """
            1️⃣outcome confident "Staff feel confident"
              horizon immediate
            outcome measured "Measured"
              horizon immediate
              indicator survey "Staff survey"
            """)
        assertDiagnostics(check(source, ["outcome-without-indicator"]), in: source, [
            DiagnosticSpec("1️⃣", "outcome-without-indicator", severity: .warning,
                           message: "`confident` (an immediate outcome) has no indicator, so nothing says how this change will be measured"),
        ])
    }

    func testHintSuggestsTheFrameworkIndicators() {
        let source = MarkedSource(Self.header + """
            1️⃣outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              contributes-to greater-stability
            """)
        assertDiagnostics(check(source, ["outcome-without-indicator"]), in: source, [
            DiagnosticSpec("1️⃣", "outcome-without-indicator", hint: "the framework suggests \"Looked after children per 10,000 children\" (SSDA903 return)"),
        ])
    }

    // MARK: - incomplete-indicator

    func testIncompleteIndicatorNamesWhatIsMissing() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              1️⃣indicator moves "Children with 3 or more placements"
                source "SSDA903 return"
                baseline 10% in 2019-03 available
            """)
        assertDiagnostics(check(source, ["incomplete-indicator"]), in: source, [
            DiagnosticSpec("1️⃣", "incomplete-indicator", message: "`moves` has no frequency or target", hint: "`frequency quarterly` and `target 30% by 2020-03`"),
        ])
    }

    func testQualitativeIndicatorNeedsNoBaselineOrTarget() {
        let source = MarkedSource(Self.header + """
            outcome trust "Families trust their worker"
              horizon intermediate
              indicator stories "Families' accounts of their worker"
                measure qualitative
                source "Interviews with families"
                frequency six-monthly
              1️⃣indicator notes "Case notes"
                measure qualitative
            """)
        assertDiagnostics(check(source, ["incomplete-indicator"]), in: source, [
            DiagnosticSpec("1️⃣", "incomplete-indicator", message: "`notes` has no source or frequency"),
        ])
    }

    /// A detail written but not understood is reported once, by the reader, not again as missing.
    func testUnreadableDetailIsNotCalledMissing() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                source "SSDA903 return"
                frequency 1️⃣fortnightlyish
                baseline 10% in 2019-03 available
                target 7% by 2022-03
            """)
        assertDiagnostics(check(source, ["incomplete-indicator"]), in: source, [
            DiagnosticSpec("1️⃣", "unknown-value"),
        ])
    }

    // MARK: - no-baseline-possible

    func testBaselineCollectedAfterTheActivityStarts() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
              from month 3 to month 18
            outcome confident "Parents feel confident"
              horizon immediate
              indicator confidence "Parents who feel confident"
                1️⃣baseline collected from 2020-09
            coaching -> confident
            """)
        assertDiagnostics(check(source, ["no-baseline-possible"]), in: source, [
            DiagnosticSpec("1️⃣", "no-baseline-possible",
                           message: "the baseline for `confidence` is collected only from September 2020, but `coaching` (an activity), which it measures, starts in March 2020",
                           hint: "`baseline collected from 2020-02`"),
        ])
    }

    func testBaselineCollectedBeforeTheActivityStartsIsFine() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
              from 2020-06 to 2021-06
            outcome confident "Parents feel confident"
              horizon immediate
              indicator confidence "Parents who feel confident"
                baseline collected from 2020-05
              indicator known "Known already"
                baseline 40% in 2019 available
            coaching -> confident
            """)
        assertDiagnostics(check(source, ["no-baseline-possible"]), in: source, [])
    }

    /// An assumption on a chain of links is measured from where the chain begins, not from the other causes of its
    /// later steps.
    func testAssumptionOnAChainIsMeasuredFromItsStart() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
              from 2020-01 to 2020-06
            activity coaching "Family coaching"
              from 2021-01 to 2022-06
            outcome skilled "Staff are skilled"
              horizon immediate
            outcome trust "Families trust their worker"
              horizon intermediate
            outcome safer "Children are safer"
              horizon long-term
            assumption side-by-side "Working side by side helps"
              indicator joint "Joint reviews"
                baseline collected from 2020-12
            training -> skilled -> trust
            coaching -> trust -> safer
              assuming side-by-side
            """)
        assertDiagnostics(check(source, ["no-baseline-possible"]), in: source, [])
    }

    /// Planning, design and set-up change nothing for families yet, so a baseline may start after them.
    func testPreparatoryPhasesDoNotCount() {
        let source = MarkedSource(Self.header + """
            activity plan "Plan the service"
              phase planning
              from month 1 to month 3
            activity recruit "Recruit the team"
              phase set-up
              from month 3 to month 6
            activity coaching "Family coaching"
              phase implementation
              from month 7 to month 18
            outcome confident "Parents feel confident"
              horizon immediate
              indicator confidence "Parents who feel confident"
                baseline collected from month 6
            plan -> recruit -> coaching -> confident
            """)
        assertDiagnostics(check(source, ["no-baseline-possible"]), in: source, [])
    }

    /// Upstream activities count too, and a monitored assumption is measured against the links it qualifies.
    func testUpstreamActivitiesAndAssumptions() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
              from 2020-01 to 2020-06
            activity coaching "Family coaching"
              from 2020-09 to 2021-06
            outcome skilled "Staff are skilled"
              horizon immediate
            outcome confident "Parents feel confident"
              horizon intermediate
              indicator confidence "Parents who feel confident"
                1️⃣baseline from 2020-08
            assumption stay "Staff stay"
              indicator turnover "Social worker turnover"
                2️⃣baseline collected from 2020-03
            training -> skilled -> confident
              assuming stay
            coaching -> confident
            """)
        assertDiagnostics(check(source, ["no-baseline-possible"]), in: source, [
            DiagnosticSpec("1️⃣", "no-baseline-possible", message: "`training` (an activity), which it measures, starts in January 2020"),
            DiagnosticSpec("2️⃣", "no-baseline-possible", message: "the baseline for `turnover` is collected only from March 2020"),
        ])
    }

    // MARK: - target-out-of-time

    func testTargetBeforeBaselineAndAfterThePlanEnds() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                baseline 10% in 2020-06 available
                1️⃣target 9% by 2020-03
                target 8% by 2022-12
                2️⃣target 7% by 2023-06
            """)
        assertDiagnostics(check(source, ["target-out-of-time"]), in: source, [
            DiagnosticSpec("1️⃣", "target-out-of-time", message: "the target for `moves` is due by 2020-03, before its baseline (June 2020)"),
            DiagnosticSpec("2️⃣", "target-out-of-time", message: "the target for `moves` is due by 2023-06, after the plan ends (December 2022)", hint: "by 2022-12 at the latest"),
        ])
    }

    /// A year is compared as a year: `by 2022` is within a plan ending in December 2022, and not before `in 2022-06`.
    func testYearsCompareAsYears() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                baseline 10% in 2022-06 available
                target 8% by 2022
            """)
        assertDiagnostics(check(source, ["target-out-of-time"]), in: source, [])
    }

    // MARK: - percentage-out-of-range

    func testPercentagesAboveAHundred() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                1️⃣baseline 110% in 2020-01 available
                target 100% by 2021-01
              indicator share "Share of children"
                measure percentage
                2️⃣target 150 by 2021-01
              indicator rate "Per 10,000"
                measure rate per 10000
                target 150 by 2021-01
            """)
        assertDiagnostics(check(source, ["percentage-out-of-range"]), in: source, [
            DiagnosticSpec("1️⃣", "percentage-out-of-range", severity: .error, message: "the baseline of `moves` is 110%, but a percentage cannot be above 100%"),
            DiagnosticSpec("2️⃣", "percentage-out-of-range", message: "`share` is measured as a percentage, but its target is 150"),
        ])
    }

    // MARK: - target-against-direction

    func testTargetsAgainstTheDirection() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                direction down
                baseline 10% in 2020-01 available
                1️⃣target 12% by 2021-01
              indicator eet "Young people in education, employment or training"
                direction up
                baseline 44% in 2020-01 available
                target 59% by 2022-01
                2️⃣target 50% by 2022-06
              indicator steady "Steady"
                direction stable
                baseline 10% in 2020-01 available
                target 12% by 2021-01
              indicator mixed "Mixed figures"
                direction down
                baseline 10% in 2020-01 available
                target 12 by 2021-01
            """)
        assertDiagnostics(check(source, ["target-against-direction"]), in: source, [
            DiagnosticSpec("1️⃣", "target-against-direction", message: "`moves` should go down, but its target 12% by 2021-01 is above its baseline 10%", hint: "`direction up`"),
            DiagnosticSpec("2️⃣", "target-against-direction", message: "`eet` should go up, but its target 50% by 2022-06 is below the target before it (59%)"),
        ])
    }

    /// Targets are compared in date order, whatever order they are written in.
    func testTargetsAreComparedInDateOrder() {
        let source = MarkedSource(Self.header + """
            outcome fewer-moves "Fewer placement moves"
              horizon intermediate
              indicator moves "Children with 3 or more placements"
                direction down
                baseline 10% in 2020-01 available
                target 7% by 2022-01
                target 8% by 2021-01
            """)
        assertDiagnostics(check(source, ["target-against-direction"]), in: source, [])
    }

    // MARK: - identification-may-raise-count

    func testCountsThatIdentificationRaises() {
        let source = MarkedSource(Self.header + """
            outcome fewer-cpp "Fewer children need a child protection plan"
              horizon long-term
              1️⃣indicator cpp-rate "Child protection plans per 10,000 children"
                measure rate per 10000
                direction down
            outcome fewer-referrals "Fewer referrals"
              horizon long-term
              2️⃣indicator referrals "Referrals to children's social care"
                direction down
            outcome right-referrals "The right referrals"
              horizon intermediate
              indicator nfa "Referrals closed with no further action"
                direction down
              indicator cin-share "Share of children in need"
                measure percentage
                direction down
            outcome more-help "More families get early help"
              horizon intermediate
              indicator cin-up "Children in need"
                direction up
            """)
        assertDiagnostics(check(source, ["identification-may-raise-count"]), in: source, [
            DiagnosticSpec("1️⃣", "identification-may-raise-count",
                           message: "`cpp-rate` counts child protection plans and should go down, but better identification through closer work with families can push such counts up",
                           hint: "add a balancing indicator under `fewer-cpp`"),
            DiagnosticSpec("2️⃣", "identification-may-raise-count", message: "`referrals` counts referrals"),
        ])
    }

    func testBalancingIndicatorAnswersTheConcern() {
        let source = MarkedSource(Self.header + """
            outcome fewer-cpp "Fewer children need a child protection plan"
              horizon long-term
              indicator cpp-rate "Child protection plans per 10,000 children"
                direction down
              indicator re-referrals "Re-referrals within 12 months"
                measure percentage
                direction down
            """)
        assertDiagnostics(check(source, ["identification-may-raise-count"]), in: source, [])
    }

    // MARK: - unmeasured-pathway

    func testLongTermOutcomeReachedOnlyThroughUnmeasuredOutcomes() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
            outcome confident "Parents feel confident"
              horizon immediate
            outcome trust "Families trust their key worker"
              horizon intermediate
            1️⃣outcome safer "Children stay safely at home"
              horizon long-term
              indicator at-home "Children remaining at home"
            coaching -> confident -> trust -> safer
            """)
        assertDiagnostics(check(source, ["unmeasured-pathway"]), in: source, [
            DiagnosticSpec("1️⃣", "unmeasured-pathway", message: "`safer` (a long-term outcome) is reached only through outcomes with no indicator (`confident` and `trust`)", hint: "such as `trust`"),
        ])
    }

    func testOneMeasuredOutcomeOnTheWayIsEnough() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
            outcome confident "Parents feel confident"
              horizon immediate
              indicator confidence "Parents who feel confident"
            outcome trust "Families trust their key worker"
              horizon intermediate
            outcome safer "Children stay safely at home"
              horizon long-term
            outcome other "Directly linked"
              horizon long-term
            coaching -> confident -> trust -> safer
            coaching -> other
            """)
        assertDiagnostics(check(source, ["unmeasured-pathway"]), in: source, [])
    }

    /// Before the plan has any indicator, `outcome-without-indicator` says it all.
    func testQuietWithoutAnIndicatorPlan() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
            outcome trust "Families trust their key worker"
              horizon intermediate
            outcome safer "Children stay safely at home"
              horizon long-term
            assumption stay "Workers stay"
            coaching -> trust -> safer
              assuming stay
            """)
        assertDiagnostics(check(source, ["unmeasured-pathway", "unmonitored-assumption"]), in: source, [])
    }

    // MARK: - unmonitored-assumption

    func testAssumptionOnThePathToALongTermOutcome() {
        let source = MarkedSource(Self.header + """
            activity coaching "Family coaching"
            outcome trust "Families trust their key worker"
              horizon intermediate
              indicator trust-score "Families who trust their key worker"
            outcome safer "Children stay safely at home"
              horizon long-term
            outcome confident "Workers feel confident"
              horizon immediate
            1️⃣assumption stay "Workers stay"
            assumption monitored "Partners share data"
              indicator sharing "Data returns received on time"
            assumption local "Managers make time"
            coaching -> trust -> safer
              assuming stay, monitored
            coaching -> confident
              assuming local
            """)
        assertDiagnostics(check(source, ["unmonitored-assumption"]), in: source, [
            DiagnosticSpec("1️⃣", "unmonitored-assumption", message: "`stay` (an assumption) is on the path to `safer` (a long-term outcome), but no indicator monitors it"),
        ])
    }
}
