import TocDiagnostics
import TocModel

/// An id is used (in a link, `uses`, `assuming` or `affects`) but never declared.
public struct UndefinedReference: Rule {
    public init() {}
    public let id = "undefined-reference"
    public let defaultSeverity = Severity.error
    public let summary = "An id is used but never declared."
    public let rationale = """
        Links and details name elements by their id. An id that is not declared anywhere is usually a typing slip \
        or an element that was renamed or deleted; the link it appears in cannot be drawn or checked.
        """
    public let example = """
        activity training "Train staff in Signs of Safety"
        training -> trained-staf
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.unresolved.filter { $0.foundKind == nil }.map { unresolved in
            let candidates = context.model.definitions.filter { unresolved.expected.contains($0.value.kind) }.map(\.key.rawValue).sorted()
            let suggestion = Suggestions.closest(to: unresolved.reference.id.rawValue, among: candidates)
            return finding(
                "`\(unresolved.reference.id)` is used in \(unresolved.context) but never declared", unresolved.reference.range,
                hint: suggestion.map { "did you mean `\($0)`?" } ?? declarationHint(unresolved),
                fixIts: suggestion.map { [FixIt(range: unresolved.reference.range, replacement: $0)] } ?? []
            )
        }
    }

    private func declarationHint(_ unresolved: UnresolvedReference) -> String {
        let id = unresolved.reference.id
        if unresolved.expected.count == 1, let kind = unresolved.expected.first {
            return "check the spelling, or declare it: `\(kind) \(id) \"…\"`"
        }
        let kinds = Wording.list(unresolved.expected, conjunction: "or")
        return "check the spelling, or declare it (as \(Wording.withArticle(kinds))) with a line such as `activity \(id) \"…\"`"
    }
}
