import TocDiagnostics
import TocModel

/// A percentage baseline or target above 100%.
public struct PercentagesStayWithinRange: Rule {
    public init() {}
    public let id = "percentage-out-of-range"
    public let defaultSeverity = Severity.error
    public let summary = "A percentage baseline or target is above 100%."
    public let rationale = """
        An indicator measured as a percentage is a share of a group (young people who reoffend, referrals closed \
        with no further action), so its baseline and targets run from 0% to 100%. A figure above 100% is usually a \
        count or a rate written as a percentage, or a slip in the number.
        """
    public let example = """
        outcome fewer-moves "Fewer placement moves"
          horizon intermediate
          indicator moves "Children with 3 or more placements in a year"
            measure percentage
            target 110% by 2020-03
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for indicator in context.model.indicators {
            let isPercentage = indicator.measure == "percentage"
            var values: [(String, Quantity, SourceRange)] = []
            if let baseline = indicator.baseline, let value = baseline.value { values.append(("baseline", value, baseline.range)) }
            values += indicator.targets.map { ("target", $0.value, $0.range) }
            for (what, value, range) in values {
                switch value {
                case .percentage(let number) where number > 100:
                    findings.append(finding(
                        "the \(what) of `\(indicator.id)` is \(value), but a percentage cannot be above 100%", range,
                        hint: "a share of a group runs from 0% to 100%; for a count or a rate, drop the `%` and say so with `measure count` or `measure rate`"
                    ))
                case .number(let number) where isPercentage && number > 100:
                    findings.append(finding(
                        "`\(indicator.id)` is measured as a percentage, but its \(what) is \(value)", range,
                        hint: "write the share as a percentage from 0% to 100% (`\(what) 41%`), or change the measure (`measure count`)"
                    ))
                default:
                    continue
                }
            }
        }
        return findings
    }
}
