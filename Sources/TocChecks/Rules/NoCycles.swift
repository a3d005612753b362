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

    /// Long circles are shortened in the message and notes, so a circle of thousands of links stays readable.
    static let maximumListed = 12

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let cycles = context.graph.cycles()
        guard !cycles.isEmpty else { return [] }
        // The first link between each pair, looked up once (a linear search per step is quadratic on long circles).
        var linkBetween: [Pair: Link] = [:]
        for link in context.model.links where linkBetween[Pair(link.from.id, link.to.id)] == nil {
            linkBetween[Pair(link.from.id, link.to.id)] = link
        }
        return cycles.compactMap { path in
            let links = zip(path, path.dropFirst()).map { linkBetween[Pair($0.0, $0.1)] }
            // A circle closed by a backward link is reported once, as that backward link.
            guard !links.contains(where: { $0.map(context.isBackward) ?? false }) else { return nil }
            let first = links.first.flatMap { $0 }
            let notes = links.dropFirst().compactMap { $0 }.prefix(Self.maximumListed - 1).map {
                Diagnostic.Note(message: "`\($0.from.id)` leads to `\($0.to.id)` here", range: $0.range)
            }
            let names = path.map(\.rawValue)
            let shown = names.count <= Self.maximumListed
                ? names.joined(separator: " → ")
                : (names.prefix(Self.maximumListed - 1) + ["…", names[names.count - 1]]).joined(separator: " → ")
                    + " (\(names.count - 1) elements)"
            return finding(
                "these elements lead round in a circle: \(shown)",
                first?.range ?? context.model[path[0]]?.range ?? .at(0),
                hint: "a theory of change flows one way; remove or reverse one of these links",
                notes: Array(notes)
            )
        }
    }

    private struct Pair: Hashable {
        let from: NodeID
        let to: NodeID
        init(_ from: NodeID, _ to: NodeID) {
            self.from = from
            self.to = to
        }
    }
}
