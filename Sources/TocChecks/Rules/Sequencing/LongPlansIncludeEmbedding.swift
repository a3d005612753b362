import TocDiagnostics
import TocModel

/// A plan of more than a year has no embedding (sustainability) activity.
public struct LongPlansIncludeEmbedding: Rule {
    public init() {}
    public let id = "no-embedding-phase"
    public let defaultSeverity = Severity.warning
    public let summary = "A plan longer than a year has no embedding or sustainability activity."
    public let rationale = """
        Capacity bought with innovation funding raises the question of what happens when the funding ends. A plan \
        longer than a year should say how the change will be embedded: in supervision, recording systems, budgets \
        and training for new staff.
        """
    public let evidence: Evidence? = Evidence(
        """
        Funding-dependent capacity raises "the question of how sustainable achievements will be as the funding ends"
        """,
        source: .round2FinalReport, lines: "59, 451-453"
    )
    public let example = """
        theory "Two years, no embedding"
          starts 2020-01
          ends 2021-12
        activity deliver "Deliver the new service"
          phase implementation
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let months = context.timeline.planMonths, months > 12 else { return [] }
        let activities = context.vertices(of: .activity)
        guard let first = activities.first else { return [] }
        for vertex in activities {
            let activity = context.elements[vertex]
            if activity.phase == .embedding || activity.hasUnreadable("phase") { return [] }  // a misspelt phase is reported on its own line
        }
        return [finding(
            "this \(months)-month plan has no embedding activity", context.model.theory?.range ?? context.elements[first].range,
            hint: "add how the change will last beyond the funding, with `phase embedding` (e.g. supervision, recording, training new starters)"
        )]
    }
}
