import TocKit
import TocTestSupport
import XCTest

/// The plausibility rules (`RuleRegistry.plausibility`): training-only pathways, savings and impact claims without
/// the design to back them, data shared too late, and system change without a leadership risk. Only the
/// plausibility group runs.
final class PlausibilityRuleTests: XCTestCase {
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: RuleRegistry.plausibility).diagnostics
    }

    func testGroupHoldsThePlausibilityRules() {
        XCTAssertEqual(RuleRegistry.plausibility.map(\.id), [
            "training-only-pathway", "savings-without-causal-design", "impact-without-comparator",
            "data-sharing-too-late", "no-leadership-risk",
        ])
    }

    // MARK: - training-only-pathway

    /// Dorset's case: training alone, through staff confidence, to children's safety [000:539].
    func testChildOutcomeFromTrainingAlone() {
        let source = MarkedSource("""
            activity train "Train social workers in reflective practice"
              phase implementation
              involves training
            outcome confident "Social workers feel confident"
              horizon immediate
              for staff
            1️⃣outcome safer "Children are safer at home"
              horizon intermediate
              for children
            2️⃣outcome together "Families stay together"
              horizon long-term
              for families, staff
            train -> confident -> safer -> together
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "training-only-pathway", severity: .warning,
                message: "`safer` expects change for children from training alone",
                hint: "add the structural changes that let staff use the training"
            ),
            DiagnosticSpec("2️⃣", "training-only-pathway", message: "expects change for families and staff from training alone"),
        ])
    }

    /// Preparing (planning, design or set-up without structural change) adds nothing to a training pathway.
    func testPreparationDoesNotMakeTrainingEnough() {
        let source = MarkedSource("""
            activity plan-training "Plan the training programme"
              phase set-up
            activity train "Train social workers"
              involves training
            1️⃣outcome safer "Children are safer at home"
              horizon intermediate
              for children
            plan-training -> train -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "training-only-pathway"),
        ])
    }

    /// Structural change alongside the training (in the same activity or another on the pathway), delivery of a
    /// service, or outcomes for staff only: no finding.
    func testTrainingWithStructuralChangeOrDeliveryIsFine() {
        let source = MarkedSource("""
            activity train-and-restructure "Train staff and cut caseloads"
              involves training, restructuring
            outcome safer "Children are safer at home"
              horizon intermediate
              for children
            train-and-restructure -> safer

            activity train "Train family workers"
              involves training
            activity caseloads "Reduce caseloads"
              phase set-up
              involves restructuring
            outcome stable "Children have fewer placement moves"
              horizon intermediate
              for children
            train, caseloads -> stable

            activity coach "Train coaches"
              involves training
            activity visits "Weekly family coaching"
              phase implementation
            outcome coping "Parents cope better"
              horizon intermediate
              for parents
            coach -> visits -> coping

            activity train-staff "Train staff in motivational interviewing"
              involves training
            outcome skilled "Staff use motivational interviewing"
              horizon immediate
              for staff, workforce
            train-staff -> skilled
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - savings-without-causal-design

    func testSavingsClaimedWithoutAStrongerDesign() {
        let source = MarkedSource("""
            1️⃣outcome savings "Lower placement costs"
              horizon long-term
              contributes-to value-for-money
              indicator placement-spend "Placement spend per year"
                design changes
            2️⃣outcome breaks-even "The model pays for itself"
              horizon long-term
              break-even by 2023-03
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "savings-without-causal-design", severity: .warning,
                message: "`savings` claims value for money with a `changes` design",
                hint: "savings are shown only with a stronger comparative design"
            ),
            DiagnosticSpec("2️⃣", "savings-without-causal-design", message: "`breaks-even` claims value for money with no evaluation design"),
        ])
    }

    func testSavingsWithAModerateComparisonAreNotDemonstrated() {
        let source = MarkedSource("""
            1️⃣outcome savings "Lower placement costs"
              horizon long-term
              contributes-to value-for-money
              indicator placement-spend "Placement spend per year"
                design moderate comparator "statistical neighbours"
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "savings-without-causal-design", message: "with a `moderate` design"),
        ])
    }

    /// One indicator with a stronger design is enough; outcomes that claim no savings are not asked for one.
    func testSavingsWithAStrongerDesignOrNoSavingsClaimAreFine() {
        let source = MarkedSource("""
            outcome savings "Lower placement costs"
              horizon long-term
              contributes-to value-for-money, reducing-days-in-care
              break-even by 2023-03
              indicator placement-spend "Placement spend per year"
                design changes
              indicator net-savings "Net savings against comparison authorities"
                design stronger comparator "matched comparison authorities"
            outcome safer "Children are safer"
              horizon long-term
              contributes-to reducing-risk
              indicator cpp "Child protection plans"
                design changes
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - impact-without-comparator

    func testComparativeDesignsWithoutAComparator() {
        let source = MarkedSource("""
            outcome fewer-cpp "Fewer child protection plans"
              horizon long-term
              1️⃣indicator cpp-rate "Child protection plans per 10,000 children"
                design stronger
              2️⃣indicator cin-rate "Children in need per 10,000 children"
                design moderate
              3️⃣indicator lac-rate "Looked-after children per 10,000 children"
                design compromised
                comparator ""
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "impact-without-comparator", severity: .warning,
                message: "`cpp-rate` claims a stronger comparative design but names no comparison group",
                hint: "use `design changes` if there is none"
            ),
            DiagnosticSpec("2️⃣", "impact-without-comparator", message: "a moderate comparative design"),
            DiagnosticSpec("3️⃣", "impact-without-comparator", message: "a compromised comparative design"),
        ])
    }

    func testNamedComparatorsAndNonComparativeDesignsAreFine() {
        let source = MarkedSource("""
            outcome fewer-cpp "Fewer child protection plans"
              horizon long-term
              indicator same-line "Same line"
                design stronger comparator "matched comparison councils"
              indicator own-line "Own line"
                design moderate
                comparator "statistical neighbours"
              indicator quoted "Quoted straight after"
                design compromised "a historical cohort"
              indicator changes "Before and after"
                design changes
              indicator contribution "Contribution analysis"
                design contribution
              indicator no-analysis "No analysis"
                design none
              indicator undecided "No design yet"
                source "Children in Need Census"
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - data-sharing-too-late

    /// A partner's data with no agreement at all, written as `none` or left out.
    func testPartnersDataWithoutAnAgreement() {
        let source = MarkedSource("""
            theory "Shared data"
              starts 2020-01
            input yos "Youth Offending Service"
            input police "Police"
              data-sharing none
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              1️⃣indicator reoffending "Reoffending within 12 months"
                held-by yos
              2️⃣indicator arrests "Arrests of young people supported"
                held-by police
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "data-sharing-too-late", severity: .warning,
                message: "`reoffending` uses data held by `yos`, which has no data-sharing agreement",
                hint: "add `data-sharing expected <date>` under `yos`"
            ),
            DiagnosticSpec("2️⃣", "data-sharing-too-late", message: "held by `police`, which has no data-sharing agreement"),
        ])
    }

    func testAgreementAfterTheBaselineIsCollected() {
        let source = MarkedSource("""
            theory "Shared data"
              starts 2020-01
            input yos "Youth Offending Service"
              data-sharing expected 2020-09
            input health "Health visiting service"
              data-sharing agreed month 4
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              1️⃣indicator reoffending "Reoffending within 12 months"
                baseline collected from 2020-03
                held-by yos
              2️⃣indicator health-visits "Health visits completed"
                baseline 80%
                held-by health
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "data-sharing-too-late",
                message: "`reoffending` needs `yos`'s data from March 2020, but data sharing is only expected from September 2020",
                hint: "secure the agreement earlier"
            ),
            // Without a date of its own, the baseline is needed when the plan starts.
            DiagnosticSpec("2️⃣", "data-sharing-too-late", message: "needs `health`'s data from January 2020, but data sharing is only agreed from April 2020"),
        ])
    }

    /// Agreed before or in the month the baseline is collected (whatever the day), or with no date to compare: fine.
    func testAgreementInTimeOrUndatedIsFine() {
        let source = MarkedSource("""
            theory "Shared data"
              starts 2020-01
            input before "Agreed the month before"
              data-sharing agreed 2020-02
            input same-month "Agreed later in the same month"
              data-sharing agreed 2020-03-28
            input undated "Agreed, date not written"
              data-sharing agreed
            input due "Expected, date not written"
              data-sharing expected
            input in-months "Agreed by month 3"
              data-sharing agreed by month 3
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              indicator a "A"
                baseline collected from 2020-03
                held-by before
              indicator b "B"
                baseline from 2020-03-01
                held-by same-month
              indicator c "C"
                baseline collected from 2020-03
                held-by undated
              indicator d "D"
                baseline collected from 2020-03
                held-by due
              indicator e "E"
                baseline collected from month 3
                held-by in-months
              indicator f "No held-by: the project's own data"
                baseline collected from 2020-03
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    /// A baseline that held before the plan starts (`41% in 2017`) is taken from records once the project runs: the
    /// agreement is needed by the plan's start, not by the year the figure describes.
    func testHistoricalBaselineIsNeededFromThePlansStart() {
        let inTime = MarkedSource("""
            theory "Agreement before the plan starts"
              starts 2020-01
            input yos "Youth Offending Service"
              data-sharing agreed 2019-11
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              indicator reoffending "Reoffending within 12 months"
                baseline 41% in 2017 available
                held-by yos
            """)
        assertDiagnostics(check(inTime), in: inTime, [])
        let late = MarkedSource("""
            theory "Agreement after the plan starts"
              starts 2017-08
            input yos "Youth Offending Service"
              data-sharing agreed 2017-11
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              1️⃣indicator reoffending "Reoffending within 12 months"
                baseline 41% in 2017 available
                held-by yos
            """)
        assertDiagnostics(check(late), in: late, [
            DiagnosticSpec("1️⃣", "data-sharing-too-late", message: "needs `yos`'s data from August 2017, but data sharing is only agreed from November 2017"),
        ])
    }

    /// Without a plan start or a baseline date, there is no date to be late for.
    func testNoDatesMeansNoFindingForALateAgreement() {
        let source = MarkedSource("""
            theory "No dates"
            input yos "Youth Offending Service"
              data-sharing expected 2030-01
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              indicator reoffending "Reoffending within 12 months"
                baseline available
                held-by yos
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - no-leadership-risk

    func testSystemChangeWithoutALeadershipRisk() {
        let source = MarkedSource("""
            1️⃣theory "Reform without a risk register"
              kind system-change
            assumption families-engage "Families engage with the new service"
            risk ofsted "An Ofsted inspection diverts senior staff"
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "no-leadership-risk", severity: .info,
                message: "this system-change plan has no assumption or risk about leadership or staff stability",
                hint: "`risk leaders-leave \"Key leaders leave post\"`"
            ),
        ])
    }

    /// A risk or assumption about leaders, turnover or continuity, in its label, description or mitigation, in any
    /// case; and plans that are not system change are not asked.
    func testLeadershipRiskOrAssumptionInAnyWording() {
        for extra in [
            "risk leaders-leave \"Key LEADERS leave post\"",
            "assumption staff-stay \"Staff stay long enough to embed the model\"",
            "risk ofsted \"An inspection diverts senior staff\"\n  mitigation \"Continuity plans and a second-in-command\"",
            "assumption capacity \"The service can absorb the change\"\n  description \"Social worker turnover stays below 15%\"",
        ] {
            let source = MarkedSource("theory \"Reform\"\n  kind system-change\n" + extra + "\n")
            assertDiagnostics(check(source), in: source, [])
        }
        for theory in ["theory \"Targeted\"\n  kind targeted-service\n", "theory \"No kind\"\n", ""] {
            let source = MarkedSource(theory + "activity deliver \"Deliver\"\n")
            assertDiagnostics(check(source), in: source, [])
        }
    }
}
