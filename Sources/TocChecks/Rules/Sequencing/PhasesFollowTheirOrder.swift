import TocDiagnostics
import TocModel

/// A link runs from a later phase to an earlier one: implementation feeding set-up or design.
public struct PhasesFollowTheirOrder: Rule {
    public init() {}
    public let id = "phase-out-of-order"
    public let defaultSeverity = Severity.warning
    public let summary = "An activity in a later phase leads to one in an earlier phase."
    public let rationale = """
        Projects move through planning, design, set-up, implementation and embedding. When an implementation \
        activity is said to lead to a set-up or design activity, either the phases are mislabelled or the plan \
        expects to design what it is already delivering.
        """
    public let evidence: Evidence? = Evidence(
        """
        Plans need "realistic sequencing of planning, design, set up, implementation, and embedding activities"
        """,
        source: .round2FinalReport, lines: "828, 946"
    )
    public let example = """
        activity deliver "Deliver the new service"
          phase implementation
        activity design-service "Design the service"
          phase design
        deliver -> design-service
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let links = context.model.links
        var findings: [Diagnostic] = []
        for (position, from, to) in context.linksBetweenActivities() {
            guard let fromPhase = from.phase, let toPhase = to.phase, toPhase < fromPhase else { continue }
            findings.append(finding(
                "`\(from.id)` (\(fromPhase.rawValue)) leads to `\(to.id)` (\(toPhase.rawValue)), an earlier phase",
                links[position].range,
                hint: "check the phases: \(toPhase.rawValue) normally comes before \(fromPhase.rawValue); if this is learning fed back, say so with `because`"
            ))
        }
        return findings
    }
}
