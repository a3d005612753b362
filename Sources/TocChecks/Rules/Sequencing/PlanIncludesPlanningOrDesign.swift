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
        let activities = context.model.nodes(of: .activity)
        let phased = activities.filter { $0.phase != nil }
        // A misspelt phase is reported on its own line; the plan as a whole is judged once it reads.
        guard !activities.contains(where: { $0.unreadableDetails.contains("phase") }) else { return [] }
        guard !phased.isEmpty, !phased.contains(where: { $0.phase == .planning || $0.phase == .design }) else { return [] }
        return [finding(
            "no activity is in the planning or design phase", context.model.theory?.range ?? phased[0].range,
            hint: "add the scoping and co-design work, e.g. `activity co-design \"Co-design the model with staff and families\"` with `phase design`"
        )]
    }
}
