import TocModel

/// Graph questions the coverage rules ask, each answered for the whole plan in one pass over the graph (linear in
/// its size), so that plans of thousands of elements are checked quickly.
extension CheckContext {
    /// The links each assumption qualifies, in plan order.
    func linksByAssumption() -> [NodeID: [Link]] {
        var result: [NodeID: [Link]] = [:]
        for link in model.links {
            for assumption in link.assumptions { result[assumption.id, default: []].append(link) }
        }
        return result
    }

    /// Where the links an assumption qualifies begin: their sources, less those downstream of another source (on
    /// a chain of links, the first; its later steps have other causes the assumption does not qualify). Many
    /// sources are all kept, so the comparison stays cheap.
    func firstSources(of links: [Link]) -> [Int] {
        let sources = Array(Set(graph.vertices(links.map(\.from.id)))).sorted()
        guard sources.count > 1, sources.count <= 16 else { return sources }
        return sources.filter { source in
            !sources.contains { other in other != source && graph.reachable(from: [other]).contains(source) }
        }
    }

    /// For each element, the activity that starts first among those upstream of it (itself included) that pass
    /// `filter` and have a known start. Activities are taken in order of start, and each marks what it reaches and
    /// has not been marked already, so every element is visited once.
    func earliestActivities(where filter: (Node) -> Bool) -> [Int: Node] {
        let timeline = self.timeline
        let starting = model.nodes(of: .activity).compactMap { activity -> (Node, PlanDate, Int)? in
            guard filter(activity), let start = timeline.start(of: activity), let vertex = graph.index[activity.id] else { return nil }
            return (activity, start, vertex)
        }.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
        var earliest: [Int: Node] = [:]
        for (activity, _, vertex) in starting where earliest[vertex] == nil {
            earliest[vertex] = activity
            var queue = [vertex]
            var head = 0
            while head < queue.count {
                let current = queue[head]
                head += 1
                for next in graph.successors[current] where earliest[next] == nil {
                    earliest[next] = activity
                    queue.append(next)
                }
            }
        }
        return earliest
    }

    /// For each element upstream of a long-term outcome (the outcome included), one long-term outcome it leads to:
    /// the nearest, found by one search backwards from all of them at once.
    func nearestLongTermOutcome() -> [Int: NodeID] {
        var origin: [Int: NodeID] = [:]
        var queue: [Int] = []
        for outcome in model.nodes(of: .outcome) where outcome.horizon == .longTerm {
            guard let vertex = graph.index[outcome.id], origin[vertex] == nil else { continue }
            origin[vertex] = outcome.id
            queue.append(vertex)
        }
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for previous in graph.predecessors[current] where origin[previous] == nil {
                origin[previous] = origin[current]
                queue.append(previous)
            }
        }
        return origin
    }

    /// Whether `earlier` is before `later`, comparing only years when either was written as a year.
    static func isBefore(_ earlier: TimePoint, _ later: TimePoint, timeline: Timeline) -> Bool {
        guard let first = timeline.date(earlier), let second = timeline.date(later) else { return false }
        if case .year = earlier { return first.year < second.year }
        if case .year = later { return first.year < second.year }
        return (first.year, first.month) < (second.year, second.month)
    }
}

extension Baseline {
    /// When the baseline holds: its date, or when collection starts.
    public var time: TimePoint? {
        if let at { return at }
        if case .collectedFrom(let point) = availability { return point }
        return nil
    }
}
