/// The causal graph as integer adjacency lists, for fast queries over large plans.
///
/// Edges are the links plus one `uses` edge from each input to each activity that uses it. Built once per model.
///
/// A vertex is an element's position in `model.nodes` (its declaration order), so per-element facts can be kept in
/// arrays indexed by vertex: looking an element up by its id hashes the id's text, which on a re-check of a large plan
/// cost more than the checks' own logic.
public struct CausalGraph: Sendable {
    /// Node ids in declaration order; an index into this is a vertex.
    public let ids: [NodeID]
    public let index: [NodeID: Int]
    public let successors: [[Int]]
    public let predecessors: [[Int]]
    /// Each vertex's kind of element.
    public let kinds: [NodeKind]
    /// The vertices of each of `model.links`' two ends, in the order of `model.links`; nil for a link with an end
    /// that is not an element (such links make no edge).
    public let linkEnds: [Edge?]
    /// ``topologicalOrder()``, worked out once: three rules propagate values along it on every check.
    @usableFromInline let order: [Int]

    /// A link's two ends, as vertices.
    public struct Edge: Sendable, Hashable {
        public let from: Int
        public let to: Int

        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    public init(_ model: TheoryModel) {
        ids = Array(model.nodes.keys)
        var index: [NodeID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { index[id] = position }
        self.index = index
        let nodes = model.nodes.values.elements
        var kinds: [NodeKind] = []
        kinds.reserveCapacity(nodes.count)
        for position in nodes.indices { kinds.append(nodes[position].kind) }
        self.kinds = kinds
        var successors = Array(repeating: [Int](), count: ids.count)
        var predecessors = Array(repeating: [Int](), count: ids.count)
        func add(_ source: Int, _ target: Int) {
            successors[source].append(target)
            predecessors[target].append(source)
        }
        var linkEnds: [Edge?] = []
        linkEnds.reserveCapacity(model.links.count)
        for link in model.links {
            guard let source = index[link.from.id], let target = index[link.to.id] else {
                linkEnds.append(nil)
                continue
            }
            linkEnds.append(Edge(from: source, to: target))
            add(source, target)
        }
        self.linkEnds = linkEnds
        // The activity's own vertex is its position, so only the input's id is looked up.
        for activity in nodes.indices where kinds[activity] == .activity {
            for use in nodes[activity].uses {
                if let input = index[use.id], kinds[input] == .input { add(input, activity) }
            }
        }
        self.successors = successors
        self.predecessors = predecessors
        order = Self.topologicalOrder(successors: successors, predecessors: predecessors)
    }

    /// Every vertex reachable from the starting ones (including them), following edges forwards or backwards.
    public func reachable(from start: [Int], backwards: Bool = false) -> Set<Int> {
        let edges = backwards ? predecessors : successors
        var seen = Set(start)
        var queue = start
        var head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in edges[vertex] where seen.insert(next).inserted {
                queue.append(next)
            }
        }
        return seen
    }

    /// ``reachable(from:backwards:)`` as a flag per vertex, for searches over much of the graph: testing and setting
    /// a flag costs less than hashing into a set, but making the flags is linear in the graph's size, so a search that
    /// reaches a few vertices is better off with the set.
    public func reachableMask(from start: [Int], backwards: Bool = false) -> [Bool] {
        let edges = backwards ? predecessors : successors
        var seen = [Bool](repeating: false, count: ids.count)
        var queue: [Int] = []
        queue.reserveCapacity(ids.count)
        for vertex in start where !seen[vertex] {
            seen[vertex] = true
            queue.append(vertex)
        }
        var head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in edges[vertex] where !seen[next] {
                seen[next] = true
                queue.append(next)
            }
        }
        return seen
    }

    /// Vertex indices of the given ids (unknown ids skipped).
    public func vertices<S: Sequence>(_ ids: S) -> [Int] where S.Element == NodeID {
        ids.compactMap { index[$0] }
    }
}
