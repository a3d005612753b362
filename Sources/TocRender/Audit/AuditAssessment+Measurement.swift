import TocChecks
import TocModel

/// Rows about evidence and measurement: the evidence base, data, comparators and researchers.
extension AuditAssessment {
    static let comparativeDesigns = ["stronger", "moderate", "compromised"]
    static let researchWords = ["research", "evaluator", "academic", "university"]

    func evidenceBase() -> (Signal, [AuditText]) {
        let assumptions = model.nodes(of: .assumption)
        guard !assumptions.isEmpty else {
            return (.nothing, ["The plan states no assumptions, so the evidence behind its steps cannot be weighed."])
        }
        var parts: [String] = []
        for level in EvidenceLevel.allCases {
            let count = assumptions.count { $0.evidence == level }
            if count > 0 { parts.append("\(count) \(level == .none ? "with no evidence" : level.rawValue)") }
        }
        let unstated = assumptions.filter { $0.evidence == nil }
        if !unstated.isEmpty { parts.append("\(unstated.count) without an evidence level") }
        let line: AuditText = "\(Self.count(assumptions.count, "assumption")), by the strength of the evidence behind them: \(parts.joined(separator: ", "))."
        let weak = assumptions.filter { $0.evidence == nil || $0.evidence == EvidenceLevel.none }
        guard weak.isEmpty else {
            return (.shortfall, [line, "Without evidence: \(codes: weak.map(\.id.rawValue))."])
        }
        return (.support, [line])
    }

    func data() -> (Signal, [AuditText]) {
        let outcomes = model.nodes(of: .outcome)
        guard !outcomes.isEmpty else { return (.nothing, ["The plan has no outcomes to measure."]) }
        let measured = outcomes.filter { !$0.indicators.isEmpty }
        let availableNow = outcomes.filter { $0.indicators.contains { Self.baselineAvailableNow($0.baseline) } }
        let collectedLater = outcomes.filter { node in
            !availableNow.contains { $0.id == node.id } && node.indicators.contains { indicator in
                if case .collectedFrom = indicator.baseline?.availability { return true }
                return false
            }
        }
        var lines: [AuditText] = [
            "\(availableNow.count) of \(Self.count(outcomes.count, "outcome")) have indicators with a baseline available now.",
        ]
        if !collectedLater.isEmpty {
            lines.append("\(collectedLater.count) more have a baseline still to be collected: \(codes: collectedLater.map(\.id.rawValue)).")
        }
        let unmeasured = outcomes.filter(\.indicators.isEmpty)
        if !unmeasured.isEmpty {
            lines.append("\(unmeasured.count) have no indicator: \(codes: unmeasured.map(\.id.rawValue)).")
        }
        let indicators = model.indicators
        if !indicators.isEmpty {
            let complete = indicators.count { IndicatorCompleteness($0).isComplete }
            lines.append("\(complete) of \(Self.count(indicators.count, "indicator")) are complete (a source, frequency, baseline and target).")
        }
        let sharing = model.nodes(of: .input).compactMap { input -> AuditText? in
            guard let agreement = input.dataSharing else { return nil }
            switch agreement {
            case .agreed(let point): return "\(code: input.id.rawValue) agreed\(point.map { " from \($0)" } ?? "")"
            case .expected(let point): return "\(code: input.id.rawValue) expected\(point.map { " by \($0)" } ?? "")"
            case .none: return "\(code: input.id.rawValue) none"
            }
        }
        if !sharing.isEmpty { lines.append("Data-sharing agreements with partners: \(Self.joined(sharing)).") }
        return (measured.isEmpty ? .shortfall : .support, lines)
    }

    /// A baseline that exists now: marked `available`, or a figure written down without saying it is still to come.
    static func baselineAvailableNow(_ baseline: Baseline?) -> Bool {
        guard let baseline else { return false }
        switch baseline.availability {
        case .available: return true
        case .collectedFrom: return false
        case nil: return baseline.value != nil
        }
    }

    func comparators() -> (Signal, [AuditText]) {
        let longTerm = model.nodes(of: .outcome).filter { $0.horizon == .longTerm }
        guard !longTerm.isEmpty else { return (.nothing, ["The plan has no long-term outcomes to compare."]) }
        func declaring(_ designs: [String]) -> [Node] {
            longTerm.filter { $0.indicators.contains { designs.contains($0.design ?? "") } }
        }
        let stronger = declaring(["stronger"])
        let comparative = declaring(Self.comparativeDesigns)
        let declared = "Stronger design declared for \(stronger.count) of \(Self.count(longTerm.count, "long-term outcome"))"
        var lines: [AuditText] = [stronger.isEmpty ? "\(declared)." : "\(declared): \(codes: stronger.map(\.id.rawValue))."]
        let other = comparative.filter { node in !stronger.contains { $0.id == node.id } }
        if !other.isEmpty {
            lines.append("A moderate or compromised comparison for \(codes: other.map(\.id.rawValue)).")
        }
        let named = model.indicators.compactMap { indicator -> String? in
            guard let comparator = indicator.comparator, !comparator.allSatisfy(\.isWhitespace) else { return nil }
            return indicator.id.rawValue
        }
        if !named.isEmpty { lines.append("Comparison groups are named for \(codes: named).") }
        guard !comparative.isEmpty else {
            lines.append("No long-term outcome has an indicator with a comparison group, so impact cannot be attributed.")
            return (.shortfall, lines)
        }
        return (.support, lines)
    }

    func researchers() -> (Signal, [AuditText]) {
        let mentioning = model.nodes.values.filter { node in
            (node.kind == .input || node.kind == .activity)
                && ([node.label] + (node.description.map { [$0] } ?? [])).contains { text in
                    Self.researchWords.contains { text.lowercased().contains($0) }
                }
        }
        guard !mentioning.isEmpty else {
            return (.nothing, ["No input or activity mentions researchers or evaluators."])
        }
        return (.support, ["Researchers or evaluators are mentioned by \(codes: mentioning.map(\.id.rawValue))."])
    }
}
