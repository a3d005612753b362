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
        for indicator in context.indicators {
            let isPercentage = indicator.measure == "percentage"
            // The baseline, then each target; checked one by one rather than gathered into an array per indicator.
            if let baseline = indicator.baseline, let value = baseline.value {
                check("baseline", value, baseline.range, of: indicator, isPercentage: isPercentage, into: &findings)
            }
            for target in indicator.targets {
                check("target", target.value, target.range, of: indicator, isPercentage: isPercentage, into: &findings)
            }
        }
        return findings
    }

    /// Adds a finding when a baseline or target figure is out of range.
    private func check(
        _ what: String, _ value: Quantity, _ range: SourceRange, of indicator: Indicator, isPercentage: Bool,
        into findings: inout [Diagnostic]
    ) {
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
            break
        }
    }
}
