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
        // Only what is upstream of a long-term outcome is on the path to one.
        guard context.vertices(of: .outcome).contains(where: { context.elements[$0].horizon == .longTerm }) else { return [] }
        let nearest = context.nearestLongTermOutcome()
        let links = context.linksByAssumption()
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .assumption) {
            let assumption = context.elements[vertex]
            guard assumption.indicators.isEmpty else { continue }
            // The long-term outcome nearest the target of the first link (in plan order) that leads to one.
            guard let target = links[vertex].lazy.compactMap({ context.target(ofLink: $0).flatMap { nearest[$0] } }).first
            else { continue }
            findings.append(finding(
                "\(context.describe(vertex: vertex)) is on the path to \(context.describe(vertex: target)), but no indicator monitors it",
                assumption.range,
                hint: "add an indicator under it (a monitored assumption), to see early if it stops holding: `indicator \(assumption.id)-check \"…\"`"
            ))
        }
        return findings
    }
}
