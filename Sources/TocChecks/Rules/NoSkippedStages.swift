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
        let links = context.model.links
        let ends = context.graph.linkEnds
        var findings: [Diagnostic] = []
        for position in links.indices {
            guard let edge = ends[position], let fromStage = context.stages[edge.from],
                  let toStage = context.stages[edge.to], toStage.horizon != nil
            else { continue }
            let fromTier = Self.tier(fromStage), toTier = Self.tier(toStage)
            guard toTier - fromTier > 1 else { continue }
            let link = links[position]
            let skipped = Horizon.allCases[fromTier..<(toTier - 1)].map { "\($0.rawValue)" }
            findings.append(finding(
                "\(context.describe(vertex: edge.from)) leads straight to \(context.describe(vertex: edge.to)), skipping the \(Wording.list(skipped)) outcomes",
                link.range,
                hint: "show the steps in between: `\(([link.from.id.rawValue] + skipped.map { "an-\($0)-outcome" } + [link.to.id.rawValue]).joined(separator: " -> "))`"
            ))
        }
        return findings
    }

    /// How far along the horizons a column is: 0 before the outcomes, then 1 (immediate) to 3 (long-term), the
    /// position in `Horizon.allCases` plus one (a switch: `allCases` is a new array on every call).
    static func tier(_ stage: Stage) -> Int {
        switch stage {
        case .inputs, .activities, .outputs: 0
        case .immediate: 1
        case .intermediate: 2
        case .longTerm: 3
        }
    }
}
