import TocDiagnostics
import TocModel

/// Two elements are declared with the same id.
public struct DuplicateID: Rule {
    public init() {}
    public let id = "duplicate-id"
    public let defaultSeverity = Severity.error
    public let summary = "Two elements share an id."
    public let rationale = """
        Ids are how links and details name elements, so each must be unique in the plan (across inputs, activities, \
        outputs, outcomes, assumptions, indicators, cohorts and risks). The second declaration is ignored until renamed.
        """
    public let example = """
        outcome fewer-cpp "Fewer child protection plans"
        outcome fewer-cpp "Fewer repeat child protection plans"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.model.duplicates.map { duplicate in
            finding(
                "`\(duplicate.id)` is declared twice", duplicate.second.range,
                hint: "give one of them a different id; this \(duplicate.second.kind) is ignored until then",
                notes: [Diagnostic.Note(message: "first declared here, as \(Wording.withArticle(duplicate.first.kind))", range: duplicate.first.range)]
            )
        }
    }

}
