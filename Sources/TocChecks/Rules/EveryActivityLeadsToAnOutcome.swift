import TocDiagnostics
import TocModel

/// An activity has no path to any outcome.
public struct EveryActivityLeadsToAnOutcome: Rule {
    public init() {}
    public let id = "activity-without-outcome"
    public let defaultSeverity = Severity.warning
    public let summary = "An activity does not lead to any outcome."
    public let rationale = """
        A theory of change describes "how and why project activities are expected to lead to those outcomes". An \
        activity with no path to an outcome is either missing its links or does not belong in the plan.
        """
    public let evidence: Evidence? = Evidence(
        """
        A theory of change "describes how and why project activities are expected to lead to those outcomes"
        """,
        source: .round2FinalReport, lines: "230"
    )
    public let example = """
        activity newsletter "Publish a quarterly newsletter"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let leadsToOutcome = context.graph.reachableMask(from: context.vertices(of: .outcome), backwards: true)
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .activity) where !leadsToOutcome[vertex] {
            let activity = context.elements[vertex]
            guard !context.model.incompleteLinkEnds.contains(activity.id) else { continue }  // a misspelt link end is reported instead
            findings.append(finding(
                "`\(activity.id)` does not lead to any outcome", activity.range,
                hint: "link it to what it is meant to change: `\(activity.id) -> an-output-or-outcome`"
            ))
        }
        return findings
    }
}
