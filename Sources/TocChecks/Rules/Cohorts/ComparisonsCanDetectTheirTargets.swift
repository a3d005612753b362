import Foundation
import TocDiagnostics
import TocModel

/// A comparative design whose cohort is too small to detect the indicator's target change.
public struct ComparisonsCanDetectTheirTargets: Rule {
    public init() {}
    public let id = "underpowered-comparison"
    public let defaultSeverity = Severity.warning
    public let summary = "A comparison group design has too small a cohort to detect its target change."
    public let rationale = """
        A comparative design can only show impact if the groups are large enough to detect the change targeted. \
        For a percentage indicator with a baseline and a target, toc computes the size each group needs \
        (two-sided test at the 5% level, 80% power) and compares it with the cohort the indicator is measured on \
        (its `cohort`, or the plan's only cohort).
        """
    public let evidence: Evidence? = Evidence(
        """
        Quasi-experimental designs need "sufficiently large sample sizes and intervention effects to enable the analysis to detect statistical significance"
        """,
        source: .round2FinalReport, lines: "892, 950"
    )
    public let example = """
        cohort young-people "Young people at risk of offending"
          size 60
        outcome less-reoffending "Fewer young people reoffend"
          horizon long-term
          indicator reoffending "Reoffending within 12 months"
            measure percentage
            direction down
            baseline 41% in 2017 available
            target 30% by 2020-03
            design stronger
            cohort young-people
        """

    static let comparative: Set<String> = ["stronger", "moderate", "compromised"]

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let cohorts = Dictionary(context.model.cohorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let onlyCohort = context.model.cohorts.count == 1 ? context.model.cohorts.first : nil
        return context.indicators.compactMap { indicator in
            guard let design = indicator.design, Self.comparative.contains(design),
                  case .percentage(let baseline)? = indicator.baseline?.value,
                  case .percentage(let target)? = indicator.targets.last?.value,
                  let cohort = indicator.cohort.flatMap({ cohorts[$0.id] }) ?? onlyCohort, let size = cohort.size,
                  let needed = PowerCalculation.perGroup(from: baseline / 100, to: target / 100), size < needed
            else { return nil }
            return finding(
                "`\(indicator.id)` needs about \(needed) per group to detect a change from \(Self.percent(baseline)) to \(Self.percent(target)), but the cohort `\(cohort.id)` has \(size)",
                indicator.range,
                hint: "enlarge or pool the cohort, target a larger change, or plan a design without significance testing (`design moderate` or `changes`) and say so"
            )
        }
    }

    static func percent(_ value: Double) -> String {
        (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
}
