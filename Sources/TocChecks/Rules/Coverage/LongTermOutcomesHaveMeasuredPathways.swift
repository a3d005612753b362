import TocDiagnostics
import TocModel

/// A long-term outcome reached only through outcomes that nothing measures.
public struct LongTermOutcomesHaveMeasuredPathways: Rule {
    public init() {}
    public let id = "unmeasured-pathway"
    public let defaultSeverity = Severity.warning
    public let summary = "A long-term outcome is reached only through outcomes with no indicator, so its pathway cannot be checked."
    public let rationale = """
        Long-term change for children and families takes years to show, longer than most evaluations last; \
        earlier outcomes show sooner whether the plan is working as intended. When none of the outcomes on the way \
        to a long-term outcome is measured, a change in it (or its absence) cannot be traced to the plan. This \
        check applies once the plan has begun its indicator plan; before that, `outcome-without-indicator` says \
        what is missing.
        """
    public let evidence: Evidence? = Evidence(
        """
        "while process outcomes may be observable relatively early on in the life of a large-scale system change programme, a period of 5 years post-implementation of system change is required before it is reasonable to expect observable impact on child and family outcomes"
        """,
        source: .round2FinalReport, lines: "862"
    )
    public let example = """
        activity coaching "Family coaching"
        outcome trust "Families trust their key worker"
          horizon intermediate
        outcome safer "Children stay safely at home"
          horizon long-term
          indicator at-home "Children remaining at home"
            source "Case files"
        coaching -> trust -> safer
        """

    /// Outcomes named in a finding before the rest are left out.
    static let listed = 5

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let model = context.model
        guard model.hasIndicatorPlan else { return [] }
        let graph = context.graph
        let elements = context.elements
        let fromActivities = context.reachedFromActivities
        // Outcomes on the way from an activity (and which of them are measured); and everything downstream of one of
        // them (measured, or any).
        var onTheWay: [Int] = [], measured: [Int] = []
        var isOutcomeOnTheWay = [Bool](repeating: false, count: elements.count)
        for vertex in context.vertices(of: .outcome) where fromActivities[vertex] {
            onTheWay.append(vertex)
            isOutcomeOnTheWay[vertex] = true
            if !elements[vertex].indicators.isEmpty { measured.append(vertex) }
        }
        let afterMeasured = graph.reachableMask(from: measured.flatMap { graph.successors[$0] })
        let afterAny = graph.reachableMask(from: onTheWay.flatMap { graph.successors[$0] })
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = elements[vertex]
            guard outcome.horizon == .longTerm, fromActivities[vertex], afterAny[vertex], !afterMeasured[vertex] else { continue }
            let nearest = nearestUpstreamOutcomes(of: vertex, within: isOutcomeOnTheWay, graph)
            guard let closest = nearest.first else { continue }
            let shown = nearest.sorted().map { "`\(graph.ids[$0])`" }
            let list = nearest.count > Self.listed ? shown.prefix(Self.listed).joined(separator: ", ") + " and others" : Wording.list(shown)
            findings.append(finding(
                "\(context.describe(vertex: vertex)) is reached only through outcomes with no indicator (\(list)), so whether the plan works as intended cannot be checked along the way",
                outcome.range,
                hint: "add an indicator to at least one of them, such as `\(graph.ids[closest])`"
            ))
        }
        return findings
    }

    /// The outcomes upstream of `vertex` (those flagged in `outcomes`), nearest first, stopping once there are more
    /// than can be listed.
    private func nearestUpstreamOutcomes(of vertex: Int, within outcomes: [Bool], _ graph: CausalGraph) -> [Int] {
        var seen: Set<Int> = [vertex]
        var queue = [vertex]
        var head = 0
        var found: [Int] = []
        while head < queue.count, found.count <= Self.listed {
            let current = queue[head]
            head += 1
            for previous in graph.predecessors[current] where seen.insert(previous).inserted {
                if outcomes[previous] { found.append(previous) }
                queue.append(previous)
            }
        }
        return found
    }
}
