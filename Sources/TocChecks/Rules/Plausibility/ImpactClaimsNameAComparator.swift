import TocDiagnostics
import TocModel

/// An indicator claims a comparative design but names no comparison group.
public struct ImpactClaimsNameAComparator: Rule {
    public init() {}
    public let id = "impact-without-comparator"
    public let defaultSeverity = Severity.warning
    public let summary = "A comparative design is claimed but no comparison group is named."
    public let rationale = """
        Impact can only be attributed against a counterfactual: a genuinely comparable group (a matched group, a \
        historical cohort, statistical neighbours, another authority acting as a control). Many local authorities \
        declined to act as comparators, so the group should be identified before the evaluation is promised.
        """
    public let evidence: Evidence? = Evidence(
        """
        "Identify comparative data (or preferably controlled trials)" and "consider whether to approach other providers to act as one another's control group"
        """,
        source: .thematicReport4, lines: "77, 356, 372"
    )
    public let example = """
        outcome fewer-cpp "Fewer child protection plans"
          horizon long-term
          indicator cpp-rate "Child protection plans per 10,000 children"
            design stronger
        """

    static let comparative: Set<String> = ["stronger", "moderate", "compromised"]

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.indicators.compactMap { indicator in
            guard let design = indicator.design, Self.comparative.contains(design),
                  (indicator.comparator ?? "").trimmingWhitespace().isEmpty
            else { return nil }
            return finding(
                "`\(indicator.id)` claims a \(design) comparative design but names no comparison group", indicator.range,
                hint: "name it, e.g. `comparator \"matched families in two neighbouring authorities\"`, or use `design changes` if there is none"
            )
        }
    }
}
