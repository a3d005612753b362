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

/// Runs rules over a model.
public enum Checker {
    /// All findings of the given rules, sorted for display.
    public static func check(_ model: TheoryModel, rules: [any Rule] = RuleRegistry.all) -> [Diagnostic] {
        let context = CheckContext(model: model)
        return rules.flatMap { $0.check(context) }.sortedForDisplay()
    }
}
