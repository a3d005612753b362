import TocDiagnostics
import TocModel

/// A baseline that is not available now and will be collected only after the activities it measures have begun.
public struct BaselinesAreCollectedBeforeActivitiesBegin: Rule {
    public init() {}
    public let id = "no-baseline-possible"
    public let defaultSeverity = Severity.warning
    public let summary = "A baseline will be collected only after the activities it measures have begun."
    public let rationale = """
        A baseline is the picture before the project changes anything. When the figures do not exist yet and \
        collection starts after the activities that should move them have begun, there is no before-picture to \
        compare with. Start collecting before the first of those activities, or use figures that exist already. \
        The activities counted are those that lead to what the indicator measures and work with children, \
        families or staff: in the implementation or embedding phase, or with no phase given (planning, design \
        and set-up change nothing yet).
        """
    public let evidence: Evidence? = Evidence(
        """
        "Data (including cost data) should be collected at the earliest appropriate moment to minimise risks of unforeseen events negatively affecting evaluation"
        """,
        source: .round2FinalReport, lines: "886"
    )
    public let example = """
        theory "Late baseline"
          starts 2020-01
        activity coaching "Family coaching"
          from month 1 to month 18
        outcome confident "Parents feel confident"
          horizon immediate
          indicator confidence "Parents who feel confident"
            baseline collected from 2020-09
        coaching -> confident
        """

    /// Whether an activity works with people (and so can move an indicator): implementation, embedding, or no phase.
    static func delivers(_ activity: Node) -> Bool {
        switch activity.phase {
        case .implementation?, .embedding?, nil: true
        case .planning?, .design?, .setUp?: false
        }
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        let pending = context.indicators.compactMap { indicator -> (Indicator, Baseline, TimePoint)? in
            guard let baseline = indicator.baseline, baseline.value == nil, case .collectedFrom(let point?)? = baseline.availability else { return nil }
            return (indicator, baseline, point)
        }
        guard !pending.isEmpty else { return [] }
        let earliest = context.earliestActivities(where: Self.delivers)
        let links = context.linksByAssumption()
        return pending.compactMap { indicator, baseline, point -> Diagnostic? in
            guard let measured = context.graph.index[indicator.measures] else { return nil }
            let starts = context.graph.kinds[measured] == .assumption ? context.firstSources(of: links[measured]) : [measured]
            let candidates = starts.compactMap { earliest[$0] }.map { context.elements[$0] }
            guard let first = candidates.min(by: { (timeline.start(of: $0) ?? PlanDate(year: 9999, month: 12)) < (timeline.start(of: $1) ?? PlanDate(year: 9999, month: 12)) }),
                  let start = first.window?.start, CheckContext.isBefore(start, point, timeline: timeline),
                  let startDate = timeline.date(start), let collected = timeline.date(point)
            else { return nil }
            let earlier = startDate.adding(months: -1)
            return finding(
                "the baseline for `\(indicator.id)` is collected only from \(Timeline.describe(collected)), but \(context.describe(first.id)), which it measures, starts in \(Timeline.describe(startDate))",
                baseline.range,
                hint: "start collecting before `\(first.id)` begins (`baseline collected from \(earlier)`), or use figures that exist already (`baseline 41% in 2017 available`)"
            )
        }
    }
}
