import TocDiagnostics
import TocModel

/// Links lead round in a circle.
public struct NoCycles: Rule {
    public init() {}
    public let id = "cycle"
    public let defaultSeverity = Severity.error
    public let summary = "Links lead round in a circle."
    public let rationale = """
        A theory of change reads one way: from inputs, through activities and outputs, to immediate, intermediate \
        and long-term outcomes. A circle of links has no beginning or end, so it cannot say what causes what. \
        Feedback (learning that improves the service) is better written as a `because` note or an assumption.
        """
    public let example = """
        outcome trust "Families trust their key worker" 
          horizon immediate
        outcome engagement "Families engage with support"
          horizon immediate
        trust -> engagement -> trust
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.graph.cycles().map { path in
            let links = zip(path, path.dropFirst()).map { pair in
                context.model.links.first { $0.from.id == pair.0 && $0.to.id == pair.1 }
            }
            let first = links.first.flatMap { $0 }
            let notes = links.dropFirst().compactMap { $0 }.map {
                Diagnostic.Note(message: "`\($0.from.id)` leads to `\($0.to.id)` here", range: $0.range)
            }
            return finding(
                "these elements lead round in a circle: \(path.map(\.rawValue).joined(separator: " → "))",
                first?.range ?? context.model[path[0]]?.range ?? .at(0),
                hint: "a theory of change flows one way; remove or reverse one of these links",
                notes: notes
            )
        }
    }
}
