import TocDiagnostics
import TocModel

/// An outcome with no indicator: nothing says how the change will be measured.
public struct EveryOutcomeHasAnIndicator: Rule {
    public init() {}
    public let id = "outcome-without-indicator"
    public let defaultSeverity = Severity.warning
    public let summary = "An outcome has no indicator, so nothing says how it will be measured."
    public let rationale = """
        An outcome that is not measured cannot be evidenced. Evaluations of the Innovation Programme advise \
        choosing indicators at the very start of planning, knowing which data exist already and which must be \
        collected from now on, so that there are baselines to compare progress with.
        """
    public let evidence: Evidence? = Evidence(
        """
        Projects should "consider what indicators best capture the outcomes they intend to achieve, as well as which of these are available, and which are unavailable but should be collected henceforth, to measure baselines and progress"
        """,
        source: .round2FinalReport, lines: "888"
    )
    public let example = """
        outcome fewer-cpp "Fewer children need a child protection plan"
          horizon long-term
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = context.elements[vertex]
            guard outcome.indicators.isEmpty else { continue }
            findings.append(finding(
                "\(context.describe(vertex: vertex)) has no indicator, so nothing says how this change will be measured",
                outcome.range, hint: hint(for: outcome, context)
            ))
        }
        return findings
    }

    private func hint(for outcome: Node, _ context: CheckContext) -> String {
        let base = "add an indented `indicator` line under it, with its source, frequency, baseline and target"
        let suggestions = outcome.contributesTo.compactMap { context.framework?.outcome($0.id.rawValue) }.flatMap(\.indicators)
        guard !suggestions.isEmpty else { return base }
        let named = suggestions.prefix(2).map { indicator in
            "\"\(indicator.name)\"" + (indicator.source.map { " (\($0))" } ?? "")
        }
        return base + "; the framework suggests \(Wording.list(named, conjunction: "or"))"
    }
}
