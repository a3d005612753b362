import TocKit
import TocTestSupport
import XCTest

/// The sequencing and timing rules (`RuleRegistry.timing`): phases, dates along links, lead-in, the system-change
/// horizon and the evaluation window. Each rule has a marked case that triggers it and cases at its boundaries that
/// must not. Only the timing group runs, so other groups' findings cannot interfere.
final class TimingRuleTests: XCTestCase {
    private func check(_ source: MarkedSource, rules: [any Rule] = RuleRegistry.timing) -> [Diagnostic] {
        Analysis(file: source.file(), rules: rules).diagnostics
    }

    /// A twelve-month plan (too short to need embedding) with a design activity (so planning is covered), so that
    /// each test triggers only the rule it is about.
    static let header = """
        theory "Timing test"
          kind targeted-service
          starts 2020-01
          ends 2020-12
        activity scoping "Scope the service with families"
          phase design

        """

    /// The same plan as a whole-system change.
    static let systemChange = """
        theory "Whole-system test"
          kind system-change
          starts 2020-01
          ends 2020-12
        activity scoping "Scope the service with families"
          phase design

        """

    func testGroupHoldsTheTimingRules() {
        XCTAssertEqual(RuleRegistry.timing.map(\.id), [
            "phase-out-of-order", "no-planning-phase", "no-embedding-phase", "starts-before-predecessor",
            "outcome-before-activities", "horizons-out-of-order", "short-lead-in", "system-change-horizon",
            "outcome-after-evaluation", "break-even-after-evaluation",
        ])
    }

    func testWellTimedPlanHasNoFindings() {
        let source = MarkedSource(Self.header + """
            activity recruit "Recruit key workers"
              phase set-up
              from month 1 to month 6
              involves restructuring
            activity visits "Weekly home visits"
              phase implementation
              from month 7 to month 12
            outcome trust "Families trust their key worker"
              horizon immediate
              expected by month 9
            outcome safer "Children are safer at home"
              horizon intermediate
              expected by month 12
            scoping -> recruit -> visits -> trust -> safer
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - phase-out-of-order

    func testLaterPhaseLeadingToAnEarlierOne() {
        let source = MarkedSource(Self.header + """
            activity deliver "Deliver the new service"
              phase implementation
            activity set-up-teams "Set up the teams"
              phase set-up
            1️⃣deliver -> set-up-teams
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "phase-out-of-order", severity: .warning,
                message: "`deliver` (implementation) leads to `set-up-teams` (set-up), an earlier phase",
                hint: "set-up normally comes before implementation"
            ),
        ])
    }

    func testPhasesInOrderTheSamePhaseOrUnphasedAreFine() {
        let source = MarkedSource(Self.header + """
            activity deliver "Deliver the new service"
              phase implementation
            activity coach "Coach practitioners"
              phase implementation
            activity review "Review cases"
            activity embed "Build the model into supervision"
              phase embedding
            scoping -> deliver -> coach -> embed
            scoping -> review -> deliver
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - no-planning-phase

    func testNoPlanningOrDesignActivity() {
        let source = MarkedSource("""
            1️⃣theory "Straight to delivery"
              starts 2020-01
              ends 2020-12
            activity deliver "Deliver the new service"
              phase implementation
            activity embed "Build it into supervision"
              phase embedding
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "no-planning-phase", severity: .warning, message: "no activity is in the planning or design phase"),
        ])
    }

    /// Without a theory line, the finding points at the first activity with a phase.
    func testNoPlanningPhaseWithoutATheoryLine() {
        let source = MarkedSource("""
            activity review "Review cases"
            1️⃣activity deliver "Deliver the new service"
              phase implementation
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "no-planning-phase"),
        ])
    }

    func testPlanningPhaseOrNoPhasesAtAllIsFine() {
        for activities in [
            "activity agree \"Agree aims with partners\"\n  phase planning\nactivity deliver \"Deliver\"\n  phase implementation\n",
            "activity deliver \"Deliver\"\nactivity review \"Review cases\"\n",
            "",
        ] {
            let source = MarkedSource("theory \"Plan\"\n  starts 2020-01\n  ends 2020-12\n" + activities)
            assertDiagnostics(check(source), in: source, [])
        }
    }

    // MARK: - no-embedding-phase

    func testPlanOfThirteenMonthsWithoutEmbedding() {
        let source = MarkedSource("""
            1️⃣theory "Just over a year"
              starts 2020-01
              ends 2021-01
            activity scoping "Scope the service"
              phase design
            activity deliver "Deliver the new service"
              phase implementation
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "no-embedding-phase", severity: .warning, message: "this 13-month plan has no embedding activity"),
        ])
    }

    /// Exactly twelve months is not "more than a year"; a longer plan with embedding, or without an end date, is fine.
    func testTwelveMonthsEmbeddingOrNoEndIsFine() {
        let activities = """
            activity scoping "Scope the service"
              phase design
            activity deliver "Deliver the new service"
              phase implementation

            """
        for theory in [
            "theory \"A year\"\n  starts 2020-01\n  ends 2020-12\n",
            "theory \"No end date\"\n  starts 2020-01\n",
            "theory \"A year, by days\"\n  starts 2020-01-01\n  ends 2020-12-31\n",
        ] {
            let source = MarkedSource(theory + activities)
            assertDiagnostics(check(source), in: source, [])
        }
        let embedded = MarkedSource("theory \"Three years\"\n  starts 2020-01\n  ends 2022-12\n" + activities + """
            activity sustain "Build the model into supervision and training for new starters"
              phase embedding
            """)
        assertDiagnostics(check(embedded), in: embedded, [])
    }

    // MARK: - starts-before-predecessor

    func testActivityStartsBeforeTheActivityLeadingIntoIt() {
        let source = MarkedSource(Self.header + """
            activity recruit "Recruit key workers"
              from month 4 to month 9
            activity visits "Weekly home visits"
              from month 2 to month 12
            1️⃣recruit -> visits
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "starts-before-predecessor", severity: .warning,
                message: "`visits` starts in February 2020, before `recruit`, which leads into it, starts in April 2020",
                hint: "move `visits`'s start after April 2020"
            ),
        ])
    }

    /// A date and a month number are compared on the same calendar.
    func testStartsBeforePredecessorMixingDatesAndMonths() {
        let source = MarkedSource(Self.header + """
            activity recruit "Recruit key workers"
              from 2020-04
            activity visits "Weekly home visits"
              from month 3
            1️⃣recruit -> visits
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "starts-before-predecessor", message: "`visits` starts in March 2020"),
        ])
    }

    /// Starting in the same month, later, or with a start that cannot be placed on the calendar is not reported.
    func testStartsBeforePredecessorBoundaries() {
        let source = MarkedSource(Self.header + """
            activity recruit "Recruit key workers"
              from 2020-04-20
            activity same "Starts the same month, day not given"
              from month 4
            activity later "Starts later"
              from month 5
            activity undated "No dates yet"
            recruit -> same, later, undated
            undated -> later
            """)
        assertDiagnostics(check(source), in: source, [])
        let withoutStart = MarkedSource("""
            theory "No start date"
            activity recruit "Recruit key workers"
              from month 4
            activity visits "Weekly home visits"
              from month 2
            recruit -> visits
            """)
        assertDiagnostics(check(withoutStart, rules: [ActivitiesStartAfterTheirCauses()]), in: withoutStart, [])
    }

    // MARK: - outcome-before-activities

    func testOutcomeExpectedBeforeItsActivitiesBegin() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
              from month 6 to month 12
            1️⃣outcome trust "Families trust their key worker"
              horizon immediate
              expected by month 3
            visits -> trust
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "outcome-before-activities", severity: .error,
                message: "`trust` is expected by March 2020, before any activity leading to it starts (the first in June 2020)"
            ),
        ])
    }

    /// The earliest activity anywhere upstream counts, through outputs and earlier outcomes.
    func testOutcomeBeforeActivitiesLooksThroughTheWholePathway() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
              from 2020-06
            output sessions "Sessions held"
            outcome trust "Families trust their key worker"
              horizon immediate
            1️⃣outcome safer "Children are safer at home"
              horizon intermediate
              expected by 2020-05
            visits -> sessions -> trust -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "outcome-before-activities", message: "the first in June 2020"),
        ])
    }

    func testOutcomeBeforeActivitiesBoundaries() {
        let source = MarkedSource(Self.header + """
            activity early "Early help"
              from month 2
            activity late "Later support"
              from month 10
            activity undated "No dates yet"
            activity mid-month "Starts mid-month"
              from 2020-04-15
            outcome helped "Families feel helped"
              horizon immediate
              expected by month 5
            outcome same-month "Expected the month it starts"
              horizon immediate
              expected by month 10
            outcome by-month "Expected by the month a mid-month activity starts"
              horizon immediate
              expected by 2020-04
            outcome unknown "No date for the activity"
              horizon immediate
              expected by month 1
            outcome open "No expected date"
              horizon immediate
            early, late -> helped
            late -> same-month
            mid-month -> by-month
            undated -> unknown
            late -> open
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - horizons-out-of-order

    func testImmediateOutcomeExpectedAfterTheIntermediateOneItLeadsTo() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
            1️⃣outcome trust "Families trust their key worker"
              horizon immediate
              expected by 2023-01
            outcome safer "Children are safer at home"
              horizon intermediate
              expected by 2021-06
            visits -> trust -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "horizons-out-of-order", severity: .warning,
                message: "`trust` (an immediate outcome) is expected by January 2023, after `safer` (an intermediate outcome) which it leads to (June 2021)"
            ),
        ])
    }

    /// An immediate outcome dated after both the intermediate and the long-term outcome it leads to is one mistake,
    /// reported once, against the sooner of the two.
    func testOneMisdatedOutcomeIsReportedOnce() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
            1️⃣outcome trust "Families trust their key worker"
              horizon immediate
              expected by 2023-01
            outcome safer "Children are safer at home"
              horizon intermediate
              expected by 2021-06
            outcome lasting "Children stay safely at home"
              horizon long-term
              expected by 2022-01
            visits -> trust -> safer -> lasting
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "horizons-out-of-order", message: "after `safer` (an intermediate outcome) which it leads to (June 2021)"),
        ])
    }

    /// Two misdated outcomes on one pathway are two findings, each naming the soonest outcome it contradicts.
    func testEachMisdatedOutcomeIsReported() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
            1️⃣outcome trust "Families trust their key worker"
              horizon immediate
              expected by 2023-01
            2️⃣outcome safer "Children are safer at home"
              horizon intermediate
              expected by 2022-06
            outcome lasting "Children stay safely at home"
              horizon long-term
              expected by 2022-01
            visits -> trust -> safer -> lasting
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "horizons-out-of-order", message: "`trust` (an immediate outcome) is expected by January 2023, after `lasting`"),
            DiagnosticSpec("2️⃣", "horizons-out-of-order", message: "`safer` (an intermediate outcome) is expected by June 2022, after `lasting`"),
        ])
    }

    /// Month numbers are resolved against the plan's start before comparing with a date.
    func testHorizonsOutOfOrderMixingMonthsAndDates() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
            1️⃣outcome trust "Families trust their key worker"
              horizon immediate
              expected by month 13
            outcome safer "Children are safer at home"
              horizon long-term
              expected by 2020-12
            visits -> trust -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "horizons-out-of-order", message: "expected by January 2021"),
        ])
    }

    /// The same month, the right order, no date, or no link between them: nothing to report.
    func testHorizonsInOrderOrUnrelatedAreFine() {
        let source = MarkedSource(Self.header + """
            activity visits "Weekly home visits"
            outcome trust "Families trust their key worker"
              horizon immediate
              expected by 2021-06
            outcome safer "Children are safer at home"
              horizon intermediate
              expected by 2021-06
            outcome lasting "Children stay safely at home"
              horizon long-term
              expected by 2022-06
            outcome undated "Families cope better"
              horizon immediate
            outcome apart "Staff feel confident"
              horizon immediate
              expected by 2024-01
            visits -> trust -> safer -> lasting
            visits -> undated -> lasting
            visits -> apart
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - short-lead-in

    /// Fewer than 6 months is a warning, 6 to 11 a note, 12 or more nothing; the boundaries exactly.
    func testLeadInBoundaries() {
        let source = MarkedSource(Self.header + """
            1️⃣activity five "Five months"
              phase implementation
              from month 6
              involves restructuring
            2️⃣activity six "Exactly six months"
              phase implementation
              from month 7
              involves new-commissioning
            3️⃣activity eleven "Eleven months"
              from month 12
              involves new-delivery-model
            activity twelve "Exactly twelve months"
              phase implementation
              from month 13
              involves deregulation
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "short-lead-in", severity: .warning,
                message: "`five` involves restructuring but is implemented 5 months after the plan starts",
                hint: "allow at least 6 months (12 is prudent)"
            ),
            DiagnosticSpec(
                "2️⃣", "short-lead-in", severity: .info,
                message: "`six` involves new commissioning but is implemented 6 months after the plan starts",
                hint: "12 months is the prudent lead-in"
            ),
            DiagnosticSpec("3️⃣", "short-lead-in", severity: .info, message: "involves new delivery model"),
        ])
    }

    func testLeadInWithDates() {
        let source = MarkedSource(Self.header + """
            1️⃣activity six "Six months, by date"
              phase implementation
              from 2020-07-15
              involves restructuring, deregulation
            activity twelve "Twelve months, by date"
              phase implementation
              from 2021-01
              involves restructuring
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "short-lead-in", severity: .info,
                message: "`six` involves restructuring and deregulation but is implemented 6 months after the plan starts"
            ),
        ])
    }

    func testLeadInAtOrBeforeThePlanStart() {
        let source = MarkedSource(Self.header + """
            1️⃣activity first "From the first month"
              from month 1
              involves restructuring
            2️⃣activity before "Before the plan starts"
              from 2019-06
              involves new-commissioning
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "short-lead-in", severity: .warning, message: "is implemented as the plan starts"),
            DiagnosticSpec("2️⃣", "short-lead-in", severity: .warning, message: "is implemented 7 months before the plan starts"),
        ])
    }

    /// Set-up and design work may restructure from the start; training needs no lead-in; without a start date or an
    /// activity window there is nothing to measure.
    func testLeadInDoesNotApplyToPreparationTrainingOrMissingDates() {
        let source = MarkedSource(Self.header + """
            activity restructure "Restructure the teams"
              phase set-up
              from month 1 to month 6
              involves restructuring
            activity commission "Design the new commissioning model"
              phase design
              from month 1
              involves new-commissioning
            activity train "Train staff"
              phase implementation
              from month 2
              involves training
            activity undated "A new delivery model, no dates yet"
              phase implementation
              involves new-delivery-model
            """)
        assertDiagnostics(check(source), in: source, [])
        let withoutStart = MarkedSource("""
            theory "No start date"
            activity deliver "Deliver the new model"
              from month 2
              involves new-delivery-model
            """)
        assertDiagnostics(check(withoutStart, rules: [StructuralChangeHasLeadIn()]), in: withoutStart, [])
    }

    // MARK: - system-change-horizon

    /// Implementation starts in July 2020: a child outcome by June 2025 is too soon, by July 2025 it is not.
    func testSystemChangeHorizonAtFiveYearsExactly() {
        let source = MarkedSource(Self.systemChange + """
            activity new-model "Run the new practice model"
              phase implementation
              from month 7 to month 12
            1️⃣outcome too-soon "Fewer children need child protection plans"
              horizon long-term
              for children
              expected by 2025-06
            outcome five-years "Fewer children come into care"
              horizon long-term
              for children, families
              expected by 2025-07
            new-model -> too-soon, five-years
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "system-change-horizon", severity: .warning,
                message: "`too-soon` expects change for children by June 2025, 4.9 years after implementation begins (July 2020)",
                hint: "expect it from July 2025 on"
            ),
        ])
    }

    func testSystemChangeHorizonWithMonthNumbers() {
        let source = MarkedSource(Self.systemChange + """
            activity new-model "Run the new practice model"
              phase implementation
              from month 7
            1️⃣outcome too-soon "Families stay together"
              horizon long-term
              for families
              expected by month 66
            outcome five-years "Young people stay in education"
              horizon long-term
              for young-people
              expected by month 67
            new-model -> too-soon, five-years
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "system-change-horizon", message: "by June 2025, 4.9 years after implementation begins (July 2020)"),
        ])
    }

    /// Without an implementation activity, implementation is taken to begin with the plan.
    func testSystemChangeHorizonFromThePlanStartWithoutImplementation() {
        let source = MarkedSource(Self.systemChange + """
            activity deliver "Deliver the new model"
            1️⃣outcome safer "Children are safer"
              horizon long-term
              for children
              expected by 2022-01
            2️⃣outcome early "Parents feel supported"
              horizon immediate
              for parents
              expected by 2019-06
            deliver -> early -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "system-change-horizon", message: "2.0 years after implementation begins (January 2020)"),
            DiagnosticSpec("2️⃣", "system-change-horizon", message: "by June 2019, before implementation begins (January 2020)"),
        ])
    }

    /// Process outcomes for staff and services, targeted services, cohort-measured outcomes and outcomes without a
    /// date are all exempt.
    func testSystemChangeHorizonExemptions() {
        let source = MarkedSource(Self.systemChange + """
            cohort edge-of-care "Families on the edge of care"
              size 200
            activity new-model "Run the new practice model"
              phase implementation
              from month 7
            outcome practice "Practitioners use the model"
              horizon immediate
              for staff, services
              expected by month 12
            outcome cohort-measured "Families on the edge of care stay together"
              horizon intermediate
              for families
              expected by month 24
              indicator stay-together "Families still together after 12 months"
                cohort edge-of-care
            outcome undated "Children are safer"
              horizon long-term
              for children
            new-model -> practice -> cohort-measured -> undated
            """)
        assertDiagnostics(check(source), in: source, [])
        let targeted = MarkedSource(Self.header + """
            activity deliver "Deliver the new service"
              phase implementation
              from month 2
            outcome safer "Children are safer"
              horizon long-term
              for children
              expected by month 12
            deliver -> safer
            """)
        assertDiagnostics(check(targeted), in: targeted, [])
    }

    // MARK: - outcome-after-evaluation

    func testOutcomeExpectedAfterTheEvaluationEnds() {
        let source = MarkedSource("""
            theory "Beyond the window"
              starts 2020-01
              ends 2020-12
              evaluation from 2020-06 to 2021-12
            activity scoping "Scope"
              phase design
            activity visits "Weekly home visits"
            1️⃣outcome safer "Children are safer at home"
              horizon long-term
              expected by 2022-01
            outcome in-time "Families trust their key worker"
              horizon immediate
              expected by 2021-12
            outcome by-day "Families cope better"
              horizon intermediate
              expected by 2021-12-15
            outcome open "No date given"
              horizon intermediate
            visits -> in-time -> by-day -> safer
            visits -> open
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "outcome-after-evaluation", severity: .warning,
                message: "`safer` is expected by January 2022, after the evaluation ends (December 2021)",
                hint: "extend the evaluation"
            ),
        ])
    }

    func testEvaluationWindowInMonthNumbers() {
        let source = MarkedSource("""
            theory "Window in months"
              starts 2020-01
              ends 2020-12
              evaluation from month 1 to month 24
            activity scoping "Scope"
              phase design
            activity visits "Weekly home visits"
            outcome last-month "Expected in the evaluation's last month"
              horizon immediate
              expected by month 24
            1️⃣outcome after "Expected the month after"
              horizon intermediate
              expected by month 25
            visits -> last-month -> after
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "outcome-after-evaluation", message: "expected by January 2022, after the evaluation ends (December 2021)"),
        ])
    }

    /// No evaluation window, or one with no end: nothing to compare with.
    func testNoEvaluationEndMeansNoFinding() {
        for evaluation in ["", "  evaluation from 2020-06\n"] {
            let source = MarkedSource("theory \"Open window\"\n  starts 2020-01\n  ends 2020-12\n" + evaluation + """
                activity scoping "Scope"
                  phase design
                activity visits "Weekly home visits"
                outcome safer "Children are safer at home"
                  horizon long-term
                  expected by 2030-01
                  break-even by 2031-01
                visits -> safer
                """)
            assertDiagnostics(check(source), in: source, [])
        }
    }

    // MARK: - break-even-after-evaluation

    func testBreakEvenAfterTheEvaluationEnds() {
        let source = MarkedSource("""
            theory "Late savings"
              starts 2020-01
              ends 2020-12
              evaluation from 2020-01 to 2021-12
            activity scoping "Scope"
              phase design
            activity visits "Intensive family support"
            1️⃣outcome savings "Lower placement costs"
              horizon long-term
              break-even by 2022-01
            outcome in-time "Lower court costs"
              horizon long-term
              break-even by month 24
            outcome by-day "Lower agency staff costs"
              horizon long-term
              break-even by 2021-12-31
            visits -> savings, in-time, by-day
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "break-even-after-evaluation", severity: .warning,
                message: "`savings` breaks even in January 2022, after the evaluation ends (December 2021)",
                hint: "claim cost avoidance to date instead"
            ),
        ])
    }

    // MARK: - Severity

    /// A setting for `short-lead-in` applies to all its findings, including those it notes at information level.
    func testSettingASeverityAppliesToNotedLeadIns() {
        let source = MarkedSource(Self.header + """
            1️⃣activity six "Exactly six months"
              phase implementation
              from month 7
              involves restructuring
            rules
              short-lead-in warning
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "short-lead-in", severity: .warning, message: "6 months after"),
        ])
    }
}
