import TocDiagnostics
import TocModel

/// A system-change plan expects population-wide child or family outcomes within 5 years of implementation.
public struct SystemChangeAllowsFiveYears: Rule {
    public init() {}
    public let id = "system-change-horizon"
    public let defaultSeverity = Severity.warning
    public let summary = "A system-change plan expects child or family outcomes within 5 years of implementation."
    public let rationale = """
        The Partners in Practice practice review found that, after a whole-system change, observable impact on \
        child and family outcomes takes about 5 years; process outcomes (practice, staff, ways of working) can be \
        seen earlier. Outcomes measured on a specific cohort (an indicator with `cohort`) are exempt: a targeted \
        service within the programme can show results sooner.
        """
    public let evidence: Evidence? = Evidence(
        """
        "while process outcomes may be observable relatively early on ... a period of 5 years post-implementation of system change is required before it is reasonable to expect observable impact on child and family outcomes"
        """,
        source: .round2FinalReport, lines: "862"
    )
    public let example = """
        theory "Whole-system reform"
          kind system-change
          starts 2020-01
        activity new-model "Run the new practice model"
          phase implementation
          from month 6 to month 36
        outcome fewer-cpp "Fewer children need child protection plans"
          horizon long-term
          for children
          expected by 2022-06
        new-model -> fewer-cpp
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard context.model.theory?.kind == .systemChange else { return [] }
        let timeline = context.timeline
        guard let implementation = timeline.implementationStart else { return [] }
        let horizonEnd = implementation.adding(months: 60)
        return context.model.nodes(of: .outcome).compactMap { outcome in
            guard outcome.beneficiaries.contains(where: { $0.isChildOrFamily }),
                  let expected = timeline.date(outcome.expected), expected < horizonEnd,
                  !outcome.indicators.contains(where: { $0.cohort != nil })
            else { return nil }
            let months = implementation.months(until: expected)
            let when = switch months {
            case ..<0: "before implementation begins"
            case 0: "as implementation begins"
            default: "\(String(format: "%.1f", Double(months) / 12)) years after implementation begins"
            }
            return finding(
                "`\(outcome.id)` expects change for \(Wording.list(outcome.beneficiaries.map(\.rawValue))) by \(Timeline.describe(expected)), \(when) (\(Timeline.describe(implementation)))",
                outcome.range,
                hint: "whole-system change takes about 5 years to show in child and family outcomes: expect it from \(Timeline.describe(horizonEnd)) on, or measure earlier process outcomes; if it is measured on one cohort, add `cohort` to its indicator"
            )
        }
    }
}
