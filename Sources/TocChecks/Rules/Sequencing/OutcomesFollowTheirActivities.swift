import TocDiagnostics
import TocModel

/// An outcome is expected before any activity leading to it has begun.
public struct OutcomesFollowTheirActivities: Rule {
    public init() {}
    public let id = "outcome-before-activities"
    public let defaultSeverity = Severity.error
    public let summary = "An outcome is expected before the activities that lead to it begin."
    public let rationale = """
        An outcome cannot be expected before anything that causes it has started. Usually a date is mistyped, or a \
        `month N` is counted from the wrong start.
        """
    public let example = """
        theory "Too soon"
          starts 2020-01
        activity visits "Weekly home visits"
          from month 6 to month 24
        outcome trust "Families trust their key worker"
          horizon immediate
          expected by month 3
        visits -> trust
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        let elements = context.elements
        let kinds = context.graph.kinds
        // The earliest start among each element's activities and their causes, propagated once along the graph.
        let earliest = context.graph.propagate({ vertex -> PlanDate? in
            kinds[vertex] == .activity ? timeline.start(of: elements[vertex]) : nil
        }, combine: Self.earlier)
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = elements[vertex]
            guard let expected = timeline.date(outcome.expected), let first = earliest[vertex] ?? nil, expected < first
            else { continue }
            findings.append(finding(
                "`\(outcome.id)` is expected by \(Timeline.describe(expected)), before any activity leading to it starts (the first in \(Timeline.describe(first)))",
                outcome.range,
                hint: "check the `expected` date and the activities' `from` dates"
            ))
        }
        return findings
    }

    /// The earlier of two dates, either of which may be unknown.
    static func earlier(_ lhs: PlanDate?, _ rhs: PlanDate?) -> PlanDate? {
        guard let lhs else { return rhs }
        guard let rhs else { return lhs }
        return min(lhs, rhs)
    }
}
