import TocDiagnostics
import TocModel

/// No activity is in the planning or design phase.
public struct PlanIncludesPlanningOrDesign: Rule {
    public init() {}
    public let id = "no-planning-phase"
    public let defaultSeverity = Severity.warning
    public let summary = "No activity is in the planning or design phase."
    public let rationale = """
        Most Innovation Programme projects underestimated how long change would take. Time for research, scoping, \
        co-design with staff and families, and agreeing data and partnerships belongs in the plan, as planning or \
        design activities, before implementation starts.
        """
    public let evidence: Evidence? = Evidence(
        """
        "good project planning requires dedication of resources to a substantial research element"
        """,
        source: .round2FinalReport, lines: "828"
    )
    public let example = """
        theory "Straight to delivery"
        activity deliver "Deliver the new service"
          phase implementation
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var firstPhased: Node?
        for vertex in context.vertices(of: .activity) {
            let activity = context.elements[vertex]
            // A misspelt phase is reported on its own line; the plan as a whole is judged once it reads.
            if activity.hasUnreadable("phase") { return [] }
            guard let phase = activity.phase else { continue }
            if phase == .planning || phase == .design { return [] }
            if firstPhased == nil { firstPhased = activity }
        }
        guard let firstPhased else { return [] }
        return [finding(
            "no activity is in the planning or design phase", context.model.theory?.range ?? firstPhased.range,
            hint: "add the scoping and co-design work, e.g. `activity co-design \"Co-design the model with staff and families\"` with `phase design`"
        )]
    }
}
