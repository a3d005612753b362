import TocDiagnostics
import TocModel

/// Practice features that no activity in the plan puts into practice (information).
public struct PracticeFeaturesAreAddressed: Rule {
    public init() {}
    public let id = "unaddressed-practice-feature"
    public let defaultSeverity = Severity.info
    public let summary = "Lists the framework's practice features that no activity puts into practice."
    public let rationale = """
        The DfE identified features of practice common to successful projects. A plan need not use them all; \
        the list shows which it does not, so that the choice is visible. An activity that does put one into \
        practice says so with `features`. A plan that neither names a framework nor links anything to one is not \
        told (`toc coverage` shows the framework against it).
        """
    public let example = """
        activity meetings "Hold Family Network Meetings"
          features family-focus
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let framework = context.framework, !framework.features.isEmpty, context.usesFramework else { return [] }
        let used = Set(context.model.nodes.values.flatMap(\.features).map(\.id.rawValue))
        let missing = framework.features.filter { !used.contains($0.id) }
        guard !missing.isEmpty else { return [] }
        return [finding(
            "\(missing.count) of the \(framework.features.count) practice features of `\(framework.id)` \(missing.count == 1 ? "is" : "are") not put into practice by any activity: \(Wording.list(missing.map { "`\($0.id)`" }))",
            context.frameworkRange,
            hint: "that may be by design; where an activity does use one, say so with `features \(missing[0].id)` (`toc coverage` lists them)"
        )]
    }
}
