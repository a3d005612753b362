import TocDiagnostics
import TocModel

/// Restructuring, new commissioning or delivery models, or deregulation implemented within 6 months of the start.
public struct StructuralChangeHasLeadIn: Rule {
    public init() {}
    public let id = "short-lead-in"
    public let defaultSeverity = Severity.warning
    public let summary = "Restructuring, new commissioning or delivery models, or deregulation start within 6 months."
    public let rationale = """
        Innovations that restructure services, commission in new ways, set up new delivery models or rely on \
        deregulation took far longer to start than planned: recruitment, negotiation with partners, registration \
        and legal steps. Fewer than 6 months between the plan's start and implementation is a warning; fewer than \
        12 is noted, since 12 is the prudent lead-in.
        """
    public let evidence: Evidence? = Evidence(
        """
        "Anticipate 6-12 months minimum lead-in for innovations requiring significant restructuring, new models of commissioning or delivery and de-regulation"
        """,
        source: .thematicReport4, lines: "72, 352"
    )
    public let example = """
        theory "Quick restructure"
          starts 2020-01
        activity new-teams "Run the new integrated teams"
          phase implementation
          from month 2 to month 24
          involves restructuring
        """

    /// "1 month", "5 months".
    static func months(_ count: Int) -> String {
        "\(count) month\(count == 1 ? "" : "s")"
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        guard let planStart = timeline.planStart else { return [] }
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .activity) {
            let activity = context.elements[vertex]
            guard activity.involves.contains(where: { $0.isStructural }), activity.phase == .implementation || activity.phase == nil,
                  let start = timeline.start(of: activity)
            else { continue }
            let leadIn = planStart.months(until: start)
            guard leadIn < 12 else { continue }
            let what = Wording.list(activity.involves.filter { $0.isStructural }.map { $0.words })
            var diagnostic = finding(
                "`\(activity.id)` involves \(what) but is implemented \(leadIn == 0 ? "as the plan starts" : "\(Self.months(abs(leadIn))) \(leadIn < 0 ? "before" : "after") the plan starts")",
                activity.range,
                hint: leadIn < 6
                    ? "allow at least 6 months (12 is prudent) of set-up first: recruitment, partners, registration and legal steps take time"
                    : "12 months is the prudent lead-in for this kind of change; check the set-up time is realistic"
            )
            if leadIn >= 6 { diagnostic.severity = .info }
            findings.append(diagnostic)
        }
        return findings
    }
}
