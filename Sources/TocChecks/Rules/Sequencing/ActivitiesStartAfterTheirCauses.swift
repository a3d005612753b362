import TocDiagnostics
import TocModel

/// An activity starts before an activity that leads into it has started.
public struct ActivitiesStartAfterTheirCauses: Rule {
    public init() {}
    public let id = "starts-before-predecessor"
    public let defaultSeverity = Severity.warning
    public let summary = "An activity starts before the activity that leads into it."
    public let rationale = """
        When one activity is meant to make another possible (recruiting staff before running a service), the second \
        cannot start first. Either the link or the dates are wrong; most projects found things took longer than planned.
        """
    public let evidence: Evidence? = Evidence(
        """
        "several projects initially overestimated cohort sizes and the vast majority underestimated the time it would take to implement change and see impact"
        """,
        source: .round2FinalReport, lines: "824"
    )
    public let example = """
        theory "Order of activities"
          starts 2020-01
        activity recruit "Recruit key workers"
          from month 4 to month 9
        activity visits "Weekly home visits"
          from month 2 to month 24
        recruit -> visits
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        let links = context.model.links
        var findings: [Diagnostic] = []
        for (position, from, to) in context.linksBetweenActivities() {
            guard let fromStart = timeline.start(of: from), let toStart = timeline.start(of: to), toStart < fromStart else { continue }
            findings.append(finding(
                "`\(to.id)` starts in \(Timeline.describe(toStart)), before `\(from.id)`, which leads into it, starts in \(Timeline.describe(fromStart))",
                links[position].range,
                hint: "move `\(to.id)`'s start after \(Timeline.describe(fromStart)), or check whether `\(from.id)` really leads into it"
            ))
        }
        return findings
    }
}
