import TocDiagnostics
import TocModel

/// A target that moves against the indicator's stated direction.
public struct TargetsMoveTheWayIntended: Rule {
    public init() {}
    public let id = "target-against-direction"
    public let defaultSeverity = Severity.warning
    public let summary = "An indicator's target moves against the direction it should go."
    public let rationale = """
        `direction` says which way the figure should move if things go well. A target above the baseline (or \
        above the target before it) for a figure that should go down, or below it for one that should go up, \
        contradicts the plan: one of the figures or the direction is wrong.
        """
    public let example = """
        outcome fewer-moves "Fewer placement moves"
          horizon intermediate
          indicator moves "Children with 3 or more placements in a year"
            direction down
            baseline 10% in 2018-03 available
            target 12% by 2020-03
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        var findings: [Diagnostic] = []
        for indicator in context.indicators {
            guard let direction = indicator.direction, direction != .stable else { continue }
            // Targets in date order (undated ones keep their place after the dated), each compared with the figure before.
            // (A single target needs no sorting, and most indicators have one.)
            let ordered = indicator.targets.count < 2 ? indicator.targets : indicator.targets.enumerated().sorted { lhs, rhs in
                let left = timeline.date(lhs.element.by), right = timeline.date(rhs.element.by)
                switch (left, right) {
                case let (left?, right?): return left == right ? lhs.offset < rhs.offset : left < right
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return lhs.offset < rhs.offset
                }
            }.map { $0.element }
            // Whether the figure before is the baseline; its wording is only made for a finding (most targets have
            // none, and describing every figure cost more than the comparisons).
            var previous: (value: Quantity, isBaseline: Bool)? = indicator.baseline?.value.map { ($0, true) }
            for target in ordered {
                defer { previous = (target.value, false) }
                guard let before = previous, Self.comparable(before.value, target.value) else { continue }
                let wrongWay = direction == .down ? target.value.value > before.value.value : target.value.value < before.value.value
                guard wrongWay else { continue }
                let due = target.by.map { " by \($0)" } ?? ""
                findings.append(finding(
                    "`\(indicator.id)` should go \(direction.rawValue), but its target \(target.value)\(due) is \(direction == .down ? "above" : "below") \(before.isBaseline ? "its baseline \(before.value)" : "the target before it (\(before.value))")",
                    target.range,
                    hint: "check the figures, or the direction (`direction \(direction == .down ? "up" : "down")`)"
                ))
            }
        }
        return findings
    }

    /// Two figures can be compared when both are percentages or both plain numbers.
    static func comparable(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        switch (lhs, rhs) {
        case (.percentage, .percentage), (.number, .number): true
        default: false
        }
    }
}
