import TocModel

/// Rows about time: the lead-in for structural change, and time and flexibility for unpredictable pressures.
extension AuditAssessment {
    static let structural: [Involvement] = [.restructuring, .newCommissioning, .newDeliveryModel, .deregulation]

    /// For each activity that restructures, commissions or delivers in a new way or deregulates: the months from the
    /// plan's start to when the change is implemented. That is the activity's own start when it is implementation;
    /// for a planning, design or set-up activity, the start of the first implementation activity it leads to, or else
    /// its own end (when it is set up).
    func leadIn() -> (Signal, [AuditText]) {
        let activities = model.nodes(of: .activity).filter { !$0.involves.filter(Self.structural.contains).isEmpty }
        guard !activities.isEmpty else {
            return (.nothing, ["No activity involves restructuring, new commissioning or delivery models, or deregulation."])
        }
        guard let planStart = timeline.planStart else {
            return (.nothing, ["The plan has no start date, so its lead-in cannot be measured."])
        }
        var lines: [AuditText] = []
        var shortest: Int?
        for activity in activities {
            let what = activity.involves.filter(Self.structural.contains).map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }
            let intro: AuditText = "\(code: activity.id.rawValue) (\(what.joined(separator: ", ")))"
            guard let (date, via) = implementation(of: activity) else {
                lines.append("\(intro): no date for its implementation, so the lead-in cannot be measured.")
                continue
            }
            let months = planStart.months(until: date)
            shortest = min(shortest ?? months, months)
            let when = Timeline.describe(date)
            let lead = months <= 0 ? "as the plan starts" : "\(Self.count(months, "month")) after the plan starts"
            switch via {
            case .itself:
                lines.append("\(intro): implemented from \(when), \(lead).")
            case .follower(let id):
                lines.append("\(intro): its implementation, \(code: id.rawValue), begins in \(when), \(lead).")
            case .end:
                lines.append("\(intro): set up by \(when), \(lead).")
            }
        }
        guard let shortest else { return (.nothing, lines) }
        if shortest < 6 {
            lines.append("The shortest lead-in is \(Self.count(max(shortest, 0), "month")): at least 6 are needed, and 12 is prudent.")
            return (.shortfall, lines)
        }
        return (.support, lines)
    }

    /// How an activity's implementation date was found.
    enum ImplementationSource {
        case itself
        case follower(NodeID)
        case end
    }

    private func implementation(of activity: Node) -> (PlanDate, ImplementationSource)? {
        if activity.phase == nil || activity.phase == .implementation || activity.phase == .embedding {
            return timeline.start(of: activity).map { ($0, .itself) }
        }
        let downstream = graph.reachable(from: graph.vertices([activity.id])).compactMap { model[graph.ids[$0]] }
        let followers = downstream.filter { $0.kind == .activity && $0.phase == .implementation && $0.id != activity.id }
            .compactMap { node in timeline.start(of: node).map { (node, $0) } }
        if let first = followers.min(by: { $0.1 < $1.1 }) {
            return (first.1, .follower(first.0.id))
        }
        return timeline.end(of: activity).map { ($0, .end) }
    }

    func flexibility() -> (Signal, [AuditText]) {
        var lines: [AuditText] = []
        let risks = model.risks
        let unmitigated = risks.filter { ($0.mitigation ?? "").allSatisfy(\.isWhitespace) }
        if risks.isEmpty {
            lines.append("The plan names no risks.")
        } else {
            lines.append("\(Self.count(risks.count, "risk")) named, \(risks.count - unmitigated.count) with a mitigation.")
            if !unmitigated.isEmpty { lines.append("Without a mitigation: \(codes: unmitigated.map(\.id.rawValue)).") }
        }
        let assumptions = model.nodes(of: .assumption)
        if !assumptions.isEmpty {
            let monitored = assumptions.count { !$0.indicators.isEmpty }
            lines.append("\(monitored) of \(Self.count(assumptions.count, "assumption")) monitored by an indicator.")
        }
        if let end = timeline.planEnd, let last = model.nodes(of: .activity).compactMap({ timeline.end(of: $0) ?? timeline.start(of: $0) }).max() {
            let slack = last.months(until: PlanDate(year: end.year, month: end.month))
            lines.append(slack > 0
                ? "The last activity ends in \(Timeline.describe(last)), \(Self.count(slack, "month")) before the plan ends."
                : "Activities run until the plan ends, \(Timeline.describe(PlanDate(year: end.year, month: end.month))).")
        }
        return (risks.isEmpty || !unmitigated.isEmpty ? .shortfall : .support, lines)
    }
}
