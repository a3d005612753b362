import TocDiagnostics
import TocModel

/// An outcome is expected after the evaluation window ends.
public struct OutcomesFallWithinTheEvaluation: Rule {
    public init() {}
    public let id = "outcome-after-evaluation"
    public let defaultSeverity = Severity.warning
    public let summary = "An outcome is expected after the evaluation ends, so it cannot be evaluated."
    public let rationale = """
        Evaluation periods were short compared with realistic timescales for change. An outcome expected after \
        the evaluation ends cannot be evidenced by it: say so in the plan (as Hackney's Contextual Safeguarding did, \
        "not expected yet"), extend the evaluation, or measure an earlier outcome that signals progress.
        """
    public let evidence: Evidence? = Evidence(
        """
        "Even had no delays occurred, the evaluation period was still brief in light of realistic timescales"
        """,
        source: .round2FinalReport, lines: "862"
    )
    public let example = """
        theory "Beyond the window"
          starts 2020-01
          evaluation from 2020-06 to 2021-12
        activity visits "Weekly home visits"
        outcome safer "Children are safer at home"
          horizon long-term
          expected by 2023-03
        visits -> safer
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        guard let end = timeline.evaluationEnd else { return [] }
        return context.model.nodes(of: .outcome).compactMap { outcome in
            guard let expected = timeline.date(outcome.expected), expected > end else { return nil }
            return finding(
                "`\(outcome.id)` is expected by \(Timeline.describe(expected)), after the evaluation ends (\(Timeline.describe(end)))",
                outcome.range,
                hint: "the evaluation cannot evidence it: extend the evaluation, or add an earlier outcome it can measure as a sign of progress"
            )
        }
    }
}
