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

    /// The latest-expected outcome of each horizon among an element and everything leading to it, as vertices (-1
    /// for none), with the dates kept aside by vertex: a small fixed value rather than a dictionary of dated entries,
    /// as one is made and merged for every element and link on every check.
    struct Latest {
        var immediate = -1, intermediate = -1, longTerm = -1

        subscript(horizon: Horizon) -> Int {
            get {
                switch horizon {
                case .immediate: immediate
                case .intermediate: intermediate
                case .longTerm: longTerm
                }
            }
            set {
                switch horizon {
                case .immediate: immediate = newValue
                case .intermediate: intermediate = newValue
                case .longTerm: longTerm = newValue
                }
            }
        }

        /// Each horizon's later-expected outcome of the two; on the same date, this one's.
        func merging(_ upstream: Latest, dates: [PlanDate?]) -> Latest {
            func later(_ mine: Int, _ theirs: Int) -> Int {
                guard mine >= 0, let mineDate = dates[mine] else { return theirs }
                guard theirs >= 0, let theirDate = dates[theirs] else { return mine }
                return mineDate >= theirDate ? mine : theirs
            }
            return Latest(
                immediate: later(immediate, upstream.immediate), intermediate: later(intermediate, upstream.intermediate),
                longTerm: later(longTerm, upstream.longTerm)
            )
        }
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        let elements = context.elements
        // When each outcome with a horizon is expected (nil for everything else).
        var dates = [PlanDate?](repeating: nil, count: elements.count)
        for vertex in context.vertices(of: .outcome) where elements[vertex].horizon != nil {
            dates[vertex] = timeline.date(elements[vertex].expected)
        }
        // For each element: the latest-expected outcome of each horizon among it and everything leading to it.
        let latest = context.graph.propagate({ vertex -> Latest in
            var own = Latest()
            if dates[vertex] != nil, let horizon = elements[vertex].horizon { own[horizon] = vertex }
            return own
        }, combine: { mine, upstream in mine.merging(upstream, dates: dates) })
        // One finding per misdated outcome, naming the soonest later-horizon outcome it contradicts (an immediate
        // outcome dated after both the intermediate and the long-term outcome it leads to is one mistake). By vertex,
        // so that the findings come in declaration order.
        var contradicted = [(earlierDate: PlanDate, later: Int, laterDate: PlanDate)?](repeating: nil, count: elements.count)
        let horizons = Horizon.allCases
        for vertex in context.vertices(of: .outcome) {
            guard let horizon = elements[vertex].horizon, let laterDate = dates[vertex], let upstream = latest[vertex]
            else { continue }
            // The earlier horizons, in order.
            for earlier in horizons where earlier < horizon {
                let offender = upstream[earlier]
                guard offender >= 0, let offenderDate = dates[offender], offenderDate > laterDate else { continue }
                if let known = contradicted[offender], known.laterDate <= laterDate { continue }
                contradicted[offender] = (offenderDate, vertex, laterDate)
            }
        }
        var findings: [Diagnostic] = []
        for vertex in contradicted.indices {
            guard let pair = contradicted[vertex] else { continue }
            findings.append(finding(
                "\(context.describe(vertex: vertex)) is expected by \(Timeline.describe(pair.earlierDate)), after \(context.describe(vertex: pair.later)) which it leads to (\(Timeline.describe(pair.laterDate)))",
                elements[vertex].range,
                hint: "check the `expected` dates or the horizons"
            ))
        }
        return findings
    }
}
