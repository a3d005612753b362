import TocDiagnostics
import TocModel

/// An id names the wrong kind of element for where it is used (a cohort in a link, an outcome in `uses`).
public struct ReferenceToWrongKind: Rule {
    public init() {}
    public let id = "wrong-kind-reference"
    public let defaultSeverity = Severity.error
    public let summary = "An id names the wrong kind of element for where it is used."
    public let rationale = """
        Each place that names an element expects a particular kind: links join inputs, activities, outputs and \
        outcomes; `uses` names inputs; `assuming` names assumptions. An assumption is attached to a link with \
        `assuming`, not linked to directly.
        """
    public let example = """
        input grant "Innovation Programme grant"
        assumption staff-stay "Staff stay long enough to embed the model"
        activity training "Train staff"
          uses staff-stay
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.unresolved.compactMap { unresolved -> Diagnostic? in
            guard let found = unresolved.foundKind else { return nil }
            let expected = unresolved.expected.joined(separator: ", ")
            let hint = found == "assumption" && unresolved.context == "a link"
                ? "attach an assumption to a link with an indented `assuming \(unresolved.reference.id)` line"
                : "\(unresolved.context) takes \(expected == "input" ? "inputs" : "ids of: \(expected)")"
            return finding(
                "`\(unresolved.reference.id)` is \(Wording.withArticle(found)), which cannot be used in \(unresolved.context)",
                unresolved.reference.range, hint: hint
            )
        }
    }

}
