import TocDiagnostics
import TocModel

/// Savings or value for money claimed with a design weaker than a stronger comparative analysis.
public struct SavingsNeedACausalDesign: Rule {
    public init() {}
    public let id = "savings-without-causal-design"
    public let defaultSeverity = Severity.warning
    public let summary = "Savings are claimed without a design strong enough to attribute them."
    public let rationale = """
        Whether an intervention saves money can only be shown when there is strong evidence that it caused the \
        outcomes: a stronger comparative design with significance testing. Savings claimed from changes without a \
        comparator, or from a moderate or compromised comparison, are not demonstrated.
        """
    public let evidence: Evidence? = Evidence(
        """
        "whether or not cost savings are achieved by an intervention is only demonstrable through a cost benefit analysis where there is strong evidence that the intervention is the cause of observed outcomes"
        """,
        source: .round2FinalReport, lines: "349"
    )
    public let example = """
        outcome savings "Lower placement costs"
          horizon long-term
          contributes-to value-for-money
          indicator placement-spend "Placement spend per year"
            design changes
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = context.elements[vertex]
            guard outcome.breakEven != nil || outcome.contributesTo.contains(where: { $0.id.rawValue == "value-for-money" })
            else { continue }
            let designs = outcome.indicators.compactMap { $0.design }
            guard !designs.contains("stronger") else { continue }
            let described = designs.isEmpty ? "no evaluation design" : "a `\(designs[0])` design"
            findings.append(finding(
                "`\(outcome.id)` claims value for money with \(described)", outcome.range,
                hint: "savings are shown only with a stronger comparative design (`design stronger` and a comparator); otherwise report costs and cost avoidance, not savings"
            ))
        }
        return findings
    }
}
