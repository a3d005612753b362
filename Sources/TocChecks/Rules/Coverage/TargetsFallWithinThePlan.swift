import TocDiagnostics
import TocModel

/// An indicator target dated before its baseline, or after the plan ends.
public struct TargetsFallWithinThePlan: Rule {
    public init() {}
    public let id = "target-out-of-time"
    public let defaultSeverity = Severity.warning
    public let summary = "An indicator's target is dated before its baseline, or after the plan ends."
    public let rationale = """
        A target says where a figure should be by a date. A target dated before its baseline is usually a slip \
        in one of the two dates. A target dated after the plan ends cannot be checked by the plan's own \
        monitoring: bring it within the plan, or say who will measure it afterwards and how.
        """
    public let example = """
        theory "Targets"
          starts 2020-01
          ends 2022-03
        outcome stable "Fewer placement moves"
          horizon intermediate
          indicator moves "Children with 3 or more placements in a year"
            baseline 10% in 2020-03 available
            target 7% by 2023-03
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        var findings: [Diagnostic] = []
        for indicator in context.indicators {
            let baselineTime = indicator.baseline?.time
            for target in indicator.targets {
                guard let by = target.by, let due = timeline.date(by) else { continue }
                if let baselineTime, CheckContext.isBefore(by, baselineTime, timeline: timeline), let start = timeline.date(baselineTime) {
                    findings.append(finding(
                        "the target for `\(indicator.id)` is due by \(by), before its baseline (\(Timeline.describe(start)))",
                        target.range, hint: "check the two dates: a target comes after the baseline it is compared with"
                    ))
                } else if let end = timeline.planEnd, (due.year, due.month) > (end.year, end.month), !isYear(by, of: end) {
                    findings.append(finding(
                        "the target for `\(indicator.id)` is due by \(by), after the plan ends (\(Timeline.describe(end)))",
                        target.range,
                        hint: "bring the target within the plan (by \(end) at the latest), or say in a comment who will measure it afterwards"
                    ))
                }
            }
        }
        return findings
    }

    /// A target written as a bare year is within a plan that ends in that year.
    private func isYear(_ point: TimePoint, of end: PlanDate) -> Bool {
        if case .year(let year) = point { return year == end.year }
        return false
    }
}
