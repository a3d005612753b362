import TocDiagnostics
import TocModel

/// An indicator without a source, frequency, baseline or target.
public struct EveryIndicatorIsComplete: Rule {
    public init() {}
    public let id = "incomplete-indicator"
    public let defaultSeverity = Severity.warning
    public let summary = "An indicator has no source, frequency, baseline or target."
    public let rationale = """
        An indicator plan is only usable when it says where the figures come from, how often they are collected, \
        where they start and where they should be by when. Projects that had not collected data consistently from \
        the start found it hard to evidence baselines and progress. A qualitative indicator needs a source and a \
        frequency, but no baseline figure or target.
        """
    public let evidence: Evidence? = Evidence(
        """
        Projects "had not collected these data consistently from the start, which caused difficulties in evidencing baselines and progress"
        """,
        source: .round2FinalReport, lines: "878"
    )
    public let example = """
        outcome right-referrals "Fewer referrals end in no further action"
          horizon intermediate
          indicator nfa "Referrals closed with no further action"
            source "Children in Need Census"
            baseline 10% in 2018-03 available
        """

    static let examples: [IndicatorCompleteness.Part: String] = [
        .source: "`source \"Children in Need Census\"`",
        .frequency: "`frequency quarterly`",
        .baseline: "`baseline 41% in 2017 available` (or `baseline collected from 2018-04`)",
        .target: "`target 30% by 2020-03`",
    ]

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.indicators.compactMap { indicator in
            let missing = IndicatorCompleteness(indicator).missing
            guard !missing.isEmpty else { return nil }
            let names = missing.map(\.rawValue)
            return finding(
                "`\(indicator.id)` has no \(Wording.list(names, conjunction: "or"))", indicator.range,
                hint: "add " + Wording.list(missing.compactMap { Self.examples[$0] }) + " under it"
            )
        }
    }
}
