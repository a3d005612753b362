import TocDiagnostics
import TocModel

/// A system-change plan with no assumption or risk about leadership or staff stability.
public struct SystemChangePlansForLeadershipChange: Rule {
    public init() {}
    public let id = "no-leadership-risk"
    public let defaultSeverity = Severity.info
    public let summary = "A system-change plan says nothing about leadership or staff stability."
    public let rationale = """
        Senior leaders leaving post, and staff turnover, delayed many projects. A system-change plan should name \
        the risk (or the assumption that leaders and staff stay) and how it is mitigated: continuity and hand-over \
        plans, a second-in-command, clear written records of decisions.
        """
    public let evidence: Evidence? = Evidence(
        """
        "project designs and plans should anticipate the very real risk that key leaders will leave post"
        """,
        source: .round2FinalReport, lines: "844, 848"
    )
    public let example = """
        theory "Reform without a risk register"
          kind system-change
        """

    static let words = ["leader", "director", "manager", "turnover", "vacanc", "retention", "retain", "staff stay",
                        "stay in post", "leave post", "continuity", "stability", "agency staff", "recruit"]

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let theory = context.model.theory, theory.kind == .systemChange else { return [] }
        let texts = context.model.nodes(of: .assumption).flatMap { [$0.label, $0.description ?? ""] }
            + context.model.risks.flatMap { [$0.label, $0.description ?? "", $0.mitigation ?? ""] }
        let mentioned = texts.contains { text in
            let lowered = text.lowercased()
            return Self.words.contains { lowered.contains($0) }
        }
        guard !mentioned else { return [] }
        return [finding(
            "this system-change plan has no assumption or risk about leadership or staff stability", theory.range,
            hint: "add e.g. `risk leaders-leave \"Key leaders leave post\"` with a `mitigation`, or `assumption staff-stay \"Staff stay long enough to embed the model\"`"
        )]
    }
}
