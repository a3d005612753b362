import TocDiagnostics
import TocModel

/// No activity leads to an outcome.
public struct EveryOutcomeIsReachedFromAnActivity: Rule {
    public init() {}
    public let id = "unreached-outcome"
    public let defaultSeverity = Severity.warning
    public let summary = "No activity leads to an outcome."
    public let rationale = """
        Every intended outcome should be explained by something the project does. An outcome that no activity \
        reaches is a hope rather than part of the theory, and an evaluation will find nothing to attribute it to.
        """
    public let example = """
        outcome fewer-cpp "Fewer child protection plans"
          horizon long-term
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let reached = context.reachedFromActivities
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) where !reached[vertex] {
            let outcome = context.elements[vertex]
            guard !context.model.incompleteLinkEnds.contains(outcome.id) else { continue }  // a misspelt link end is reported instead
            findings.append(finding(
                "no activity leads to `\(outcome.id)`", outcome.range,
                hint: "link the activity, output or earlier outcome that brings it about: `something -> \(outcome.id)`"
            ))
        }
        return findings
    }
}
