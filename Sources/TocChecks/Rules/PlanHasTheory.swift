import TocDiagnostics
import TocModel

/// The file has no `theory` line, so the plan has no title, kind or dates.
public struct PlanHasTheory: Rule {
    public init() {}
    public let id = "missing-theory"
    public let defaultSeverity = Severity.warning
    public let summary = "The plan has no `theory` line."
    public let rationale = """
        The `theory` line gives the plan its title, its kind (system change or targeted service) and its start and \
        end dates, which the timing checks and the rendered diagram rely on.
        """
    public let example = """
        activity training "Train staff"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard context.model.theory == nil else { return [] }
        return [finding(
            "this plan has no `theory` line", .at(0),
            hint: "start the file with `theory \"Your project's name\"`, then indented `kind`, `starts` and `ends` lines"
        )]
    }
}
