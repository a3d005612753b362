import TocModel

/// Graph questions the coverage rules ask, each answered for the whole plan in one pass over the graph (linear in
/// its size), so that plans of thousands of elements are checked quickly. Answers are by vertex (see ``CheckContext``).
extension CheckContext {
    /// For each assumption's vertex, the positions in `model.links` of the links it qualifies, in plan order.
    func linksByAssumption() -> [[Int]] {
        var result = [[Int]](repeating: [], count: graph.ids.count)
        let links = model.links
        for position in links.indices {
            for assumption in links[position].assumptions {
                if let vertex = graph.index[assumption.id] { result[vertex].append(position) }
            }
        }
        return result
    }

    /// The vertex of a link's source (by its position in `model.links`). A link with an end that is not an element
    /// makes no edge, so for one of those the source is looked up by its id.
    func source(ofLink position: Int) -> Int? {
        graph.linkEnds[position]?.from ?? graph.index[model.links[position].from.id]
    }

    /// The vertex of a link's target; see ``source(ofLink:)``.
    func target(ofLink position: Int) -> Int? {
        graph.linkEnds[position]?.to ?? graph.index[model.links[position].to.id]
    }

    /// Where the links an assumption qualifies (by their positions in `model.links`) begin: their sources, less those
    /// downstream of another source (on a chain of links, the first; its later steps have other causes the assumption
    /// does not qualify). Many sources are all kept, so the comparison stays cheap.
    func firstSources(of links: [Int]) -> [Int] {
        let sources = Array(Set(links.compactMap { source(ofLink: $0) })).sorted()
        guard sources.count > 1, sources.count <= 16 else { return sources }
        return sources.filter { source in
            !sources.contains { other in other != source && graph.reachable(from: [other]).contains(source) }
        }
    }

    /// For each element, the vertex of the activity that starts first among those upstream of it (itself included)
    /// that pass `filter` and have a known start; nil where there is none. Activities are taken in order of start, and
    /// each marks what it reaches and has not been marked already, so every element is visited once.
    func earliestActivities(where filter: (Node) -> Bool) -> [Int?] {
        let timeline = self.timeline
        var starting: [(start: PlanDate, vertex: Int)] = []
        for vertex in vertices(of: .activity) {
            let activity = elements[vertex]
            guard filter(activity), let start = timeline.start(of: activity) else { continue }
            starting.append((start, vertex))
        }
        starting.sort { ($0.start, $0.vertex) < ($1.start, $1.vertex) }
        var earliest = [Int?](repeating: nil, count: elements.count)
        var queue: [Int] = []
        for (_, vertex) in starting where earliest[vertex] == nil {
            earliest[vertex] = vertex
            queue.removeAll(keepingCapacity: true)
            queue.append(vertex)
            var head = 0
            while head < queue.count {
                let current = queue[head]
                head += 1
                for next in graph.successors[current] where earliest[next] == nil {
                    earliest[next] = vertex
                    queue.append(next)
                }
            }
        }
        return earliest
    }

    /// For each element upstream of a long-term outcome (the outcome included), the vertex of one long-term outcome
    /// it leads to: the nearest, found by one search backwards from all of them at once. Nil for other elements.
    func nearestLongTermOutcome() -> [Int?] {
        var origin = [Int?](repeating: nil, count: elements.count)
        var queue: [Int] = []
        for vertex in vertices(of: .outcome) where elements[vertex].horizon == .longTerm {
            origin[vertex] = vertex
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
