extension CausalGraph {
    /// The graph's cycles: each strongly connected component with more than one vertex, or a vertex linked to itself,
    /// reported as one concrete path around it (`a → b → c → a`), in declaration order of its first vertex.
    ///
    /// Tarjan's algorithm, written iteratively so that a 10,000-link chain cannot overflow the stack.
    public func cycles() -> [[NodeID]] {
        // Components are found with their smallest vertex first, so sorting by it is declaration order.
        components(keepingAcyclicSingletons: false)
            .sorted { $0[0] < $1[0] }
            .map { component in cyclePath(through: component) }
    }

    /// Strongly connected components (Tarjan, iterative).
    public func stronglyConnectedComponents() -> [[Int]] {
        components(keepingAcyclicSingletons: true)
    }

    /// Strongly connected components, each sorted, in the order Tarjan's algorithm completes them. A plan's graph is
    /// mostly acyclic, so most components are one vertex without a link to itself; ``cycles()`` leaves those out
    /// rather than making an array for each.
    private func components(keepingAcyclicSingletons: Bool) -> [[Int]] {
        let count = ids.count
        var order = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0
        // Each frame: a vertex and the position of the next successor to visit. Empty after each root's search, and
        // reused by the next.
        var frames: [(vertex: Int, next: Int)] = []
        for root in 0..<count where order[root] == -1 {
            frames.append((root, 0))
            order[root] = counter
            lowLink[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let vertex = frame.vertex
                if frame.next < successors[vertex].count {
                    frames[frames.count - 1].next += 1
                    let next = successors[vertex][frame.next]
                    if order[next] == -1 {
                        order[next] = counter
                        lowLink[next] = counter
                        counter += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, 0))
                    } else if onStack[next] {
                        lowLink[vertex] = min(lowLink[vertex], order[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.vertex {
                    lowLink[parent] = min(lowLink[parent], lowLink[vertex])
                }
                if lowLink[vertex] == order[vertex] {
                    if stack.last == vertex, !keepingAcyclicSingletons, !successors[vertex].contains(vertex) {
                        stack.removeLast()
                        onStack[vertex] = false
                        continue
                    }
                    var component: [Int] = []
                    while let top = stack.popLast() {
                        onStack[top] = false
                        component.append(top)
                        if top == vertex { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }

    /// A shortest path from the component's first vertex back to itself, staying inside the component.
    private func cyclePath(through component: [Int]) -> [NodeID] {
        let members = Set(component)
        let start = component[0]
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        var closing: Int?
        search: while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in successors[vertex] where members.contains(next) {
                if next == start {
                    closing = vertex
                    break search
                }
                if previous[next] == nil {
                    previous[next] = vertex
                    queue.append(next)
                }
            }
        }
        var path = [start]
        var cursor = closing ?? start
        var reversed: [Int] = []
        while cursor != start {
            reversed.append(cursor)
            cursor = previous[cursor] ?? start
        }
        path += reversed.reversed()
        path.append(start)
        return path.map { ids[$0] }
    }
}
