/// The causal graph as integer adjacency lists, for fast queries over large plans.
///
/// Edges are the links plus one `uses` edge from each input to each activity that uses it. Built once per model.
public struct CausalGraph: Sendable {
    /// Node ids in declaration order; an index into this is a vertex.
    public let ids: [NodeID]
    public let index: [NodeID: Int]
    public let successors: [[Int]]
    public let predecessors: [[Int]]
    /// ``topologicalOrder()``, worked out once: three rules propagate values along it on every check.
    @usableFromInline let order: [Int]

    public init(_ model: TheoryModel) {
        ids = Array(model.nodes.keys)
        var index: [NodeID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { index[id] = position }
        self.index = index
        var successors = Array(repeating: [Int](), count: ids.count)
        var predecessors = Array(repeating: [Int](), count: ids.count)
        func add(_ from: NodeID, _ to: NodeID) {
            guard let source = index[from], let target = index[to] else { return }
            successors[source].append(target)
            predecessors[target].append(source)
        }
        for link in model.links { add(link.from.id, link.to.id) }
        for node in model.nodes.values where node.kind == .activity {
            for use in node.uses where model.nodes[use.id]?.kind == .input { add(use.id, node.id) }
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

    /// Vertex indices of the given ids (unknown ids skipped).
    public func vertices<S: Sequence>(_ ids: S) -> [Int] where S.Element == NodeID {
        ids.compactMap { index[$0] }
    }
}
