extension CausalGraph {
    /// Vertices in an order where every edge points forwards (Kahn's algorithm). Vertices on a cycle, or
    /// downstream of one, are left out: the cycle is reported on its own, and rules that propagate values along
    /// the order simply do not reach them.
    /// (Worked out once, when the graph is built.)
    public func topologicalOrder() -> [Int] {
        order
    }

    /// Kahn's algorithm over the adjacency lists, for ``CausalGraph/init(_:)``.
    static func topologicalOrder(successors: [[Int]], predecessors: [[Int]]) -> [Int] {
        // Plain loops rather than `map(\.count)` and `filter`: the key path was read through the generic key-path
        // machinery, once per vertex on every check.
        var indegree: [Int] = []
        indegree.reserveCapacity(predecessors.count)
        for incoming in predecessors { indegree.append(incoming.count) }
        // The queue is the order itself: vertices are appended once their last predecessor is placed, and read in turn.
        var order: [Int] = []
        order.reserveCapacity(predecessors.count)
        for vertex in indegree.indices where indegree[vertex] == 0 { order.append(vertex) }
        var head = 0
        while head < order.count {
            let vertex = order[head]
            head += 1
            for next in successors[vertex] {
                indegree[next] -= 1
                if indegree[next] == 0 { order.append(next) }
            }
        }
        return order
    }

    /// Propagates a value forwards along the edges in topological order: each vertex's value is `own(vertex)`
    /// combined with its predecessors' values. Linear in the size of the graph.
    ///
    /// - Returns: the values by vertex; nil for vertices the order leaves out (on or downstream of a cycle). An array
    ///   rather than a dictionary: this runs on every check, and hashing each vertex cost more than the rules' work.
    ///
    /// `@inlinable` so that each rule's call is specialised for its value type: unspecialised, every step went
    /// through the generic value witnesses (about a third of the rules' propagation cost).
    @inlinable
    public func propagate<Value>(_ own: (Int) -> Value, combine: (Value, Value) -> Value) -> [Value?] {
        var values = [Value?](repeating: nil, count: ids.count)
        for vertex in order {
            var value = own(vertex)
            for previous in predecessors[vertex] {
                if let upstream = values[previous] { value = combine(value, upstream) }
            }
            values[vertex] = value
        }
        return values
    }
}
