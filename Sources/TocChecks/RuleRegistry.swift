import TocDiagnostics
import TocModel

/// Every rule, in catalogue order, in groups. A test checks that ids are unique and that `docs/rules.md` matches.
public enum RuleRegistry {
    /// Every rule.
    public static let all: [any Rule] = names + structure + timing + cohorts + plausibility + coverage

    /// Names: ids that are undefined, duplicated or of the wrong kind.
    public static let names: [any Rule] = [
        UndefinedReference(),
        ReferenceToWrongKind(),
        DuplicateID(),
    ]

    /// The shape of the theory: cycles, direction, stages, and elements left unconnected.
    public static let structure: [any Rule] = [
        PlanHasTheory(),
        NoCycles(),
        NoBackwardLinks(),
        NoSkippedStages(),
        EveryActivityLeadsToAnOutcome(),
        EveryOutcomeIsReachedFromAnActivity(),
        EveryInputIsUsed(),
        EveryAssumptionIsAttached(),
        EveryOutcomeHasAHorizon(),
    ]

    /// Sequencing and timing: phases, dates, lead-in, the system-change horizon and the evaluation window.
    public static let timing: [any Rule] = [
        PhasesFollowTheirOrder(),
        PlanIncludesPlanningOrDesign(),
        LongPlansIncludeEmbedding(),
        ActivitiesStartAfterTheirCauses(),
        OutcomesFollowTheirActivities(),
        HorizonsFollowTheirDates(),
        StructuralChangeHasLeadIn(),
        SystemChangeAllowsFiveYears(),
        OutcomesFallWithinTheEvaluation(),
        SavingsBreakEvenWithinTheEvaluation(),
    ]

    /// Cohorts and statistical power.
    public static let cohorts: [any Rule] = [
        CohortsAreLargeEnoughToReport(),
        RecruitmentAimsAboveTheCohort(),
        ComparisonsCanDetectTheirTargets(),
    ]

    /// Plausibility: whether the pathways, claims and data arrangements are realistic.
    public static let plausibility: [any Rule] = [
        ChildOutcomesNeedMoreThanTraining(),
        SavingsNeedACausalDesign(),
        ImpactClaimsNameAComparator(),
        SharedDataIsAgreedInTime(),
        SystemChangePlansForLeadershipChange(),
    ]

    /// Coverage: the framework links and the indicator plan.
    public static let coverage: [any Rule] = [
        FrameworkIDsAreKnown(),
        EveryOutcomeHasAnIndicator(),
        EveryIndicatorIsComplete(),
        BaselinesAreCollectedBeforeActivitiesBegin(),
        TargetsFallWithinThePlan(),
        PercentagesStayWithinRange(),
        TargetsMoveTheWayIntended(),
        FallingCountsAllowForBetterIdentification(),
        LongTermOutcomesHaveMeasuredPathways(),
        KeyAssumptionsAreMonitored(),
        FrameworkOutcomesAreAddressed(),
        PracticeFeaturesAreAddressed(),
    ]

    /// The ids of the coverage rules (the framework and the indicator plan), for running a plan's checks with or
    /// without them.
    public static let coverageIDs: Set<String> = Set(coverage.map(\.id))

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.id == id }
    }
}

