import TocDiagnostics
import TocModel

/// An assumption on the way to a long-term outcome that no indicator monitors.
public struct KeyAssumptionsAreMonitored: Rule {
    public init() {}
    public let id = "unmonitored-assumption"
    public let defaultSeverity = Severity.warning
    public let summary = "An assumption on the path to a long-term outcome has no indicator to monitor it."
    public let rationale = """
        An assumption on the way to a long-term outcome is something the plan depends on: staff staying, \
        partners sharing data, referrals arriving. An indicator under it (a monitored assumption) shows early \
        when it stops holding, while there is still time to act. This check applies once the plan has begun its \
        indicator plan.
        """
    public let example = """
        activity coaching "Family coaching"
        outcome trust "Families trust their key worker"
          horizon intermediate
          indicator trust-score "Families who trust their key worker"
            source "Family survey"
        outcome safer "Children stay safely at home"
          horizon long-term
        assumption staff-stay "Key workers stay long enough to build trust"
        coaching -> trust -> safer
          assuming staff-stay
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let model = context.model
        guard model.hasIndicatorPlan else { return [] }
        let graph = context.graph
        let nearest = context.nearestLongTermOutcome()
        guard !nearest.isEmpty else { return [] }
        let links = context.linksByAssumption()
        return model.nodes(of: .assumption).filter(\.indicators.isEmpty).compactMap { assumption -> Diagnostic? in
            guard let target = (links[assumption.id] ?? []).lazy.compactMap({ graph.index[$0.to.id].flatMap { nearest[$0] } }).first else { return nil }
            return finding(
                "\(context.describe(assumption.id)) is on the path to \(context.describe(target)), but no indicator monitors it",
                assumption.range,
                hint: "add an indicator under it (a monitored assumption), to see early if it stops holding: `indicator \(assumption.id)-check \"…\"`"
            )
        }
    }
}
