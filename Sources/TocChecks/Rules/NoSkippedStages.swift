import TocDiagnostics
import TocModel

/// A link jumps over an outcome horizon: an activity straight to a long-term outcome, say.
public struct NoSkippedStages: Rule {
    public init() {}
    public let id = "skipped-stage"
    public let defaultSeverity = Severity.warning
    public let summary = "A link skips an outcome horizon (an activity straight to a long-term outcome)."
    public let rationale = """
        Long-term change for children comes about through earlier changes: in staff practice, in families' trust, \
        in how services work together. A link from an activity straight to a long-term outcome hides those steps, \
        and with them the places an evaluation can look for early evidence that the plan is working.
        """
    public let evidence: Evidence? = Evidence(
        """
        Theories of change set out "immediate, intermediate, and longer term intended outcomes" in sequence
        """,
        source: .round2FinalReport, lines: "828, 946"
    )
    public let example = """
        activity future4me "Integrate youth offending staff with Early Help"
        outcome less-reoffending "Fewer young people reoffend"
          horizon long-term
        future4me -> less-reoffending
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.links.compactMap { link -> Diagnostic? in
            guard let fromStage = context.model.stage(of: link.from.id),
                  let toStage = context.model.stage(of: link.to.id), let horizon = toStage.horizon
            else { return nil }
            let fromTier = fromStage.horizon.map { Horizon.allCases.firstIndex(of: $0)! + 1 } ?? 0
            let toTier = Horizon.allCases.firstIndex(of: horizon)! + 1
            guard toTier - fromTier > 1 else { return nil }
            let skipped = Horizon.allCases[fromTier..<(toTier - 1)].map { "\($0.rawValue)" }
            return finding(
                "\(context.describe(link.from.id)) leads straight to \(context.describe(link.to.id)), skipping the \(Wording.list(skipped)) outcomes",
                link.range,
                hint: "show the steps in between: `\(([link.from.id.rawValue] + skipped.map { "an-\($0)-outcome" } + [link.to.id.rawValue]).joined(separator: " -> "))`"
            )
        }
    }
}
