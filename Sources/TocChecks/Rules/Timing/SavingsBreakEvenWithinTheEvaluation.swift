import TocDiagnostics
import TocModel

/// A value-for-money outcome breaks even after the evaluation ends.
public struct SavingsBreakEvenWithinTheEvaluation: Rule {
    public init() {}
    public let id = "break-even-after-evaluation"
    public let defaultSeverity = Severity.warning
    public let summary = "Savings are expected to break even only after the evaluation ends."
    public let rationale = """
        Returns on investment in children's services can take years (Family Safeguarding broke even after about two \
        years; Pause's benefit-cost ratio was far higher over 18 years than over 4). If break-even falls after the \
        evaluation ends, the evaluation cannot show savings: plan the fiscal analysis over a long enough timeframe.
        """
    public let evidence: Evidence? = Evidence(
        """
        Cost-benefit analysis should involve "assessing the fiscal impact of investment over a sufficiently long timeframe"
        """,
        source: .round2FinalReport, lines: "361-363, 369"
    )
    public let example = """
        theory "Late savings"
          starts 2020-01
          evaluation from 2020-01 to 2021-12
        activity visits "Intensive family support"
        outcome savings "Lower placement costs"
          horizon long-term
          break-even by 2023-06
        visits -> savings
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        guard let end = timeline.evaluationEnd else { return [] }
        return context.model.nodes(of: .outcome).compactMap { outcome in
            guard let breakEven = timeline.date(outcome.breakEven), breakEven > end else { return nil }
            return finding(
                "`\(outcome.id)` breaks even in \(Timeline.describe(breakEven)), after the evaluation ends (\(Timeline.describe(end)))",
                outcome.range,
                hint: "the evaluation cannot show the savings: model the fiscal return over a longer timeframe, or claim cost avoidance to date instead"
            )
        }
    }
}
