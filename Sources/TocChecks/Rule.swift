import TocDiagnostics
import TocModel

/// A check over a built model. Each rule has a stable id, a default severity, and documentation that the rule
/// catalogue (`docs/rules.md`) is generated from.
public protocol Rule: Sendable {
    /// Stable, kebab-case; used in output, suppressions and configuration.
    var id: String { get }
    var defaultSeverity: Severity { get }
    /// One line: what the rule finds.
    var summary: String { get }
    /// Why it matters, in a paragraph a project lead can follow.
    var rationale: String { get }
    /// The evidence behind the rule, with its source, where the rule rests on research findings.
    var evidence: Evidence? { get }
    /// A small plan that triggers the rule, for the docs.
    var example: String { get }

    /// The rule's findings, with `id` and severity set (``finding(_:_:hint:notes:)`` does this).
    func check(_ context: CheckContext) -> [Diagnostic]
}

extension Rule {
    public var evidence: Evidence? { nil }

    /// A diagnostic from this rule, at its default severity.
    public func finding(_ message: String, _ range: SourceRange, hint: String? = nil, notes: [Diagnostic.Note] = [], fixIts: [FixIt] = []) -> Diagnostic {
        Diagnostic(id: id, severity: defaultSeverity, message: message, range: range, hint: hint, notes: notes, fixIts: fixIts)
    }
}
