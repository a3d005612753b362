import TocDiagnostics
import TocModel

/// A cohort of fewer than 5 people: outcomes for it cannot be reported.
public struct CohortsAreLargeEnoughToReport: Rule {
    public init() {}
    public let id = "cohort-too-small"
    public let defaultSeverity = Severity.warning
    public let summary = "A cohort has fewer than 5 people, so its outcomes cannot be reported."
    public let rationale = """
        To protect anonymity, outcomes for very small cohorts were not reported in the Innovation Programme \
        evaluations (several care-leaver pilots among them). A cohort under 5 needs a qualitative or case-study \
        approach, or pooling with other sites.
        """
    public let evidence: Evidence? = Evidence(
        """
        "Where projects were working with extremely small cohorts (for example, fewer than 5 people), outcomes were not reported"
        """,
        source: .round2FinalReport, lines: "272"
    )
    public let example = """
        cohort pilot "Care leavers in the first pilot flat"
          size 3
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.cohorts.compactMap { cohort in
            guard let size = cohort.size, size < 5 else { return nil }
            return finding(
                "the cohort `\(cohort.id)` has \(size) \(size == 1 ? "person" : "people"), too few for outcomes to be reported",
                cohort.range,
                hint: "plan a qualitative or case-study evaluation for it, or pool it with other sites to reach at least 5"
            )
        }
    }
}
