import TocDiagnostics
import TocModel

/// Every rule, in catalogue order. A test checks that ids are unique and that `docs/rules.md` matches.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // Names
        UndefinedReference(),
        ReferenceToWrongKind(),
        DuplicateID(),
        // Structure
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

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.id == id }
    }
}

