import TocDiagnostics
import TocModel

/// Framework outcomes that no outcome in the plan contributes to (information).
public struct FrameworkOutcomesAreAddressed: Rule {
    public init() {}
    public let id = "unaddressed-framework-outcome"
    public let defaultSeverity = Severity.info
    public let summary = "Lists the framework outcomes that no outcome in the plan contributes to."
    public let rationale = """
        Funders and evaluators read a plan against the framework's outcomes. Few plans address all of them, and \
        that is fine; the list shows at a glance which the plan does not claim, so that any gap is a choice. An \
        outcome that does contribute to one says so with `contributes-to`. A plan that neither names a framework \
        nor links anything to one is not told (`toc coverage` shows the framework against it).
        """
    public let example = """
        outcome fewer-moves "Fewer placement moves"
          horizon intermediate
          contributes-to greater-stability
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let framework = context.framework, !framework.outcomes.isEmpty, context.usesFramework else { return [] }
        let addressed = Set(context.model.nodes.values.flatMap(\.contributesTo).map(\.id.rawValue))
        let missing = framework.outcomes.filter { !addressed.contains($0.id) }
        guard !missing.isEmpty else { return [] }
        return [finding(
            "\(missing.count) of the \(framework.outcomes.count) outcomes of `\(framework.id)` \(missing.count == 1 ? "is" : "are") not addressed by any outcome in this plan: \(Wording.list(missing.map { "`\($0.id)`" }))",
            context.frameworkRange,
            hint: "that may be by design; where an outcome does contribute to one, say so with `contributes-to \(missing[0].id)` (`toc coverage` lists them)"
        )]
    }
}

extension CheckContext {
    /// Whether the plan engages with its framework: it names one, or links an activity or outcome to it. A plan that
    /// does neither is not told, on every check, that it addresses none of the framework (`toc coverage` shows it).
    var usesFramework: Bool {
        model.theory?.framework != nil || linksToFramework
    }

    /// Where findings about the framework as a whole point: the `framework` detail, else the theory line, else the
    /// start of the file.
    var frameworkRange: SourceRange {
        model.theory?.frameworkRange ?? model.theory?.range ?? .at(0)
    }
}
