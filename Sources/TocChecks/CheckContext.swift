import TocDiagnostics
import TocFramework
import TocModel

/// What a rule looks at: the model and its causal graph, with the facts many rules need, worked out once for all
/// rules.
///
/// Facts about elements are kept by vertex (an element's position in `model.nodes`, as in ``CausalGraph``), so rules
/// read them from arrays: looking an element up by its id hashes the id's text, and the rules used to do that for
/// both ends of every link, several times over, on every re-check.
public struct CheckContext: Sendable {
    public let model: TheoryModel
    public let graph: CausalGraph
    /// The framework the plan reports against (its features and outcomes); nil when it could not be loaded, and
    /// then the framework checks stay quiet.
    public let framework: Framework?
    /// Dates in the plan, with `month N` resolved (worked out once, for all rules).
    public let timeline: Timeline

    /// The elements by vertex: `elements[v]` is the element with id `graph.ids[v]`.
    let elements: [Node]
    /// Each element's column (``Node/stage``), by vertex.
    let stages: [Stage?]
    /// The vertices of each kind, in declaration order (see ``vertices(of:)``).
    private let inputs, activities, outputs, outcomes, assumptions: [Int]
    /// Every indicator, of outcomes and of assumptions, in plan order (`model.indicators`, gathered once).
    let indicators: [Indicator]
    /// Whether each vertex can be reached from an activity (the activities included).
    let reachedFromActivities: [Bool]
    /// Whether any activity names a practice feature or any outcome a framework outcome (see `usesFramework`).
    let linksToFramework: Bool

    public init(model: TheoryModel, framework: Framework? = nil) {
        self.model = model
        let graph = CausalGraph(model)
        self.graph = graph
        self.framework = framework
        self.timeline = Timeline(model)
        let elements = model.nodes.values.elements
        self.elements = elements
        var stages: [Stage?] = []
        stages.reserveCapacity(elements.count)
        var inputs: [Int] = [], activities: [Int] = [], outputs: [Int] = [], outcomes: [Int] = [], assumptions: [Int] = []
        var indicators: [Indicator] = []
        var linksToFramework = false
        for vertex in elements.indices {
            let element = elements[vertex]
            stages.append(element.stage)
            switch element.kind {
            case .input: inputs.append(vertex)
            case .activity: activities.append(vertex)
            case .output: outputs.append(vertex)
            case .outcome: outcomes.append(vertex)
            case .assumption: assumptions.append(vertex)
            }
            if !element.indicators.isEmpty { indicators += element.indicators }
            if !linksToFramework { linksToFramework = !element.features.isEmpty || !element.contributesTo.isEmpty }
        }
        self.stages = stages
        (self.inputs, self.activities, self.outputs, self.outcomes, self.assumptions) = (inputs, activities, outputs, outcomes, assumptions)
        self.indicators = indicators
        self.linksToFramework = linksToFramework
        reachedFromActivities = graph.reachableMask(from: activities)
    }

    /// The vertices of elements of one kind, in declaration order.
    func vertices(of kind: NodeKind) -> [Int] {
        switch kind {
        case .input: inputs
        case .activity: activities
        case .output: outputs
        case .outcome: outcomes
        case .assumption: assumptions
        }
    }

    /// The links from one activity to another, as each link's position in `model.links` and its two ends (the
    /// sequencing rules compare the dates and phases of activities that lead to one another).
    func linksBetweenActivities() -> [(position: Int, from: Node, to: Node)] {
        var result: [(position: Int, from: Node, to: Node)] = []
        for (position, ends) in graph.linkEnds.enumerated() {
            guard let ends, graph.kinds[ends.from] == .activity, graph.kinds[ends.to] == .activity else { continue }
            result.append((position, elements[ends.from], elements[ends.to]))
        }
        return result
    }

    /// Describes an element for messages: "`embed-sos` (an activity)".
    public func describe(_ id: NodeID) -> String {
        guard let vertex = graph.index[id] else { return "`\(id)`" }
        return describe(vertex: vertex)
    }

    /// ``describe(_:)`` for the element at a vertex.
    func describe(vertex: Int) -> String {
        let node = elements[vertex]
        if node.kind == .outcome, let horizon = node.horizon {
            return "`\(node.id)` (\(Wording.withArticle(horizon.rawValue)) outcome)"
        }
        return "`\(node.id)` (\(node.kind.withArticle))"
    }

    /// Whether a link runs against the stage order (its target's column is left of its source's).
    public func isBackward(_ link: Link) -> Bool {
        guard let from = graph.index[link.from.id], let to = graph.index[link.to.id] else { return false }
        return isBackward(CausalGraph.Edge(from: from, to: to))
    }

    /// ``isBackward(_:)`` for a link's ends, as vertices.
    func isBackward(_ ends: CausalGraph.Edge) -> Bool {
        guard let from = stages[ends.from], let to = stages[ends.to] else { return false }
        return to < from
    }
}
