import TocDiagnostics
import TocFramework
import TocModel

/// A practice feature or framework outcome the plan's framework does not have.
public struct FrameworkIDsAreKnown: Rule {
    public init() {}
    public let id = "unknown-framework-id"
    public let defaultSeverity = Severity.error
    public let summary = "A practice feature or framework outcome is not in the plan's framework."
    public let rationale = """
        `features` on an activity and `contributes-to` on an outcome name the framework's practice features and \
        outcomes by their ids (for `dfe-7x7`, ids such as `strengths-based` and `reducing-risk`). An id the \
        framework does not have is usually a typing slip, and the coverage report cannot count it. A feature \
        named as an outcome (or the other way round) is pointed out too.
        """
    public let example = """
        activity meetings "Hold Family Network Meetings"
          features strenghts-based
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // Without a `features` or `contributes-to` anywhere there is nothing to look up.
        guard let framework = context.framework, context.linksToFramework else { return [] }
        var findings: [Diagnostic] = []
        for node in context.model.nodes.values {
            for reference in node.features where framework.feature(reference.id.rawValue) == nil {
                findings.append(unknown(reference, framework: framework, expectingFeature: true))
            }
            for reference in node.contributesTo where framework.outcome(reference.id.rawValue) == nil {
                findings.append(unknown(reference, framework: framework, expectingFeature: false))
            }
        }
        return findings
    }

    private func unknown(_ reference: Reference, framework: Framework, expectingFeature: Bool) -> Diagnostic {
        let id = reference.id.rawValue
        let (wanted, other) = expectingFeature ? (framework.features, framework.outcomes) : (framework.outcomes, framework.features)
        let noun = expectingFeature ? "practice feature" : "framework outcome"
        if other.contains(where: { $0.id == id }) {
            let hint = expectingFeature
                ? "list it on an outcome that contributes to it, with `contributes-to \(id)`"
                : "list it on an activity that puts it into practice, with `features \(id)`"
            return finding(
                "`\(id)` is \(expectingFeature ? "one of `\(framework.id)`'s outcomes" : "a practice feature of `\(framework.id)`"), not a \(noun)",
                reference.range, hint: hint
            )
        }
        let ids = wanted.map(\.id)
        let suggestion = Suggestions.closest(to: id, among: ids)
        return finding(
            "`\(framework.id)` has no \(noun) `\(id)`", reference.range,
            hint: suggestion.map { "did you mean `\($0)`?" } ?? "its \(noun)s are \(Wording.list(ids.map { "`\($0)`" }))",
            fixIts: suggestion.map { [FixIt(range: reference.range, replacement: $0)] } ?? []
        )
    }
}
