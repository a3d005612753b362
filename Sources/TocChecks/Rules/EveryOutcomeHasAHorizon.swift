import TocDiagnostics
import TocModel

/// An outcome without a horizon.
public struct EveryOutcomeHasAHorizon: Rule {
    public init() {}
    public let id = "outcome-without-horizon"
    public let defaultSeverity = Severity.error
    public let summary = "An outcome has no horizon (immediate, intermediate or long-term)."
    public let rationale = """
        The horizon places an outcome in the sequence of change and in its column of the diagram, and the \
        sequencing checks depend on it.
        """
    public let evidence: Evidence? = Evidence(
        """
        Outcomes are sequenced as "immediate, intermediate, and longer term intended outcomes"
        """,
        source: .round2FinalReport, lines: "828, 946"
    )
    public let example = """
        outcome shared-language "A shared practice language across agencies"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = context.elements[vertex]
            guard outcome.horizon == nil, !outcome.hasUnreadable("horizon") else { continue }
            findings.append(finding(
                "`\(outcome.id)` has no horizon", outcome.range,
                hint: "add an indented line `horizon immediate`, `horizon intermediate` or `horizon long-term`"
            ))
        }
        return findings
    }
}
