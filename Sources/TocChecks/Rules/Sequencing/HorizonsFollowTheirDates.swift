import TocDiagnostics
import TocModel

/// An earlier-horizon outcome is expected after a later-horizon outcome it leads to.
public struct HorizonsFollowTheirDates: Rule {
    public init() {}
    public let id = "horizons-out-of-order"
    public let defaultSeverity = Severity.warning
    public let summary = "An outcome is expected after a later-horizon outcome it leads to."
    public let rationale = """
        Immediate outcomes come before intermediate ones, and those before long-term ones. If an immediate outcome \
        is expected after the long-term outcome it leads to, either the dates or the horizons are wrong.
        """
    public let evidence: Evidence? = Evidence(
        """
        Outcomes are sequenced as "immediate, intermediate, and longer term intended outcomes"
        """,
        source: .round2FinalReport, lines: "828, 946"
    )
    public let example = """
        theory "Dates against horizons"
          starts 2020-01
        activity visits "Weekly home visits"
        outcome trust "Families trust their key worker"
          horizon immediate
          expected by 2023-01
        outcome safer "Children are safer at home"
          horizon intermediate
          expected by 2021-06
        visits -> trust -> safer
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        let nodes = context.model.nodes.values
        // For each element: the latest-expected outcome of each horizon among it and everything leading to it.
        typealias Latest = [Horizon: (date: PlanDate, vertex: Int)]
        let latest = context.graph.propagate({ index -> Latest in
            let node = nodes[index]
            guard node.kind == .outcome, let horizon = node.horizon, let date = timeline.date(node.expected) else { return [:] }
            return [horizon: (date, index)]
        }, combine: { mine, upstream in
            mine.merging(upstream) { $0.date >= $1.date ? $0 : $1 }
        })
        // One finding per misdated outcome, naming the soonest later-horizon outcome it contradicts (an immediate
        // outcome dated after both the intermediate and the long-term outcome it leads to is one mistake).
        var contradicted: [Int: (earlierDate: PlanDate, later: Node, laterDate: PlanDate)] = [:]
        for later in context.model.nodes(of: .outcome) {
            guard let horizon = later.horizon, let laterDate = timeline.date(later.expected),
                  let vertex = context.graph.index[later.id], let upstream = latest[vertex]
            else { continue }
            let offenders = Horizon.allCases.filter { $0 < horizon }.compactMap { upstream[$0] }.filter { $0.date > laterDate }
            for offender in offenders {
                if let known = contradicted[offender.vertex], known.laterDate <= laterDate { continue }
                contradicted[offender.vertex] = (offender.date, later, laterDate)
            }
        }
        return contradicted.sorted { $0.key < $1.key }.map { vertex, pair in
            let earlier = nodes[vertex]
            return finding(
                "\(context.describe(earlier.id)) is expected by \(Timeline.describe(pair.earlierDate)), after \(context.describe(pair.later.id)) which it leads to (\(Timeline.describe(pair.laterDate)))",
                earlier.range,
                hint: "check the `expected` dates or the horizons"
            )
        }
    }
}
