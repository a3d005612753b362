import TocDiagnostics
import TocModel

/// A recruitment target that is not above the cohort the project needs.
public struct RecruitmentAimsAboveTheCohort: Rule {
    public init() {}
    public let id = "recruitment-not-above-need"
    public let defaultSeverity = Severity.warning
    public let summary = "The recruitment target is not above the cohort needed."
    public let rationale = """
        Most projects ran with lower numbers than intended: referral pathways did not produce them, and families \
        or staff dropped out. Aim to recruit more than the cohort the project and its evaluation need.
        """
    public let evidence: Evidence? = Evidence(
        """
        "Identify recruitment strategies (staff and families/young people) and target a higher number of participants than needed"
        """,
        source: .thematicReport4, lines: "71, 351, 369"
    )
    public let example = """
        cohort families "Families on the edge of care"
          size 120
          recruit 120
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.cohorts.compactMap { cohort in
            guard let size = cohort.size, let recruit = cohort.recruit, recruit <= size else { return nil }
            return finding(
                "the cohort `\(cohort.id)` needs \(size), and the plan recruits \(recruit)\(recruit < size ? ", fewer than needed" : ", no margin")",
                cohort.range,
                hint: "aim higher than needed, e.g. `recruit \(Int((Double(size) * 1.2).rounded(.up)))` (20% above), since referrals and take-up usually fall short"
            )
        }
    }
}
