import TocModel

/// One indicator of a plan, every detail as text, with its completeness: a row of the indicator plan.
public struct IndicatorPlanRow: Sendable, Hashable {
    public let id: String
    public let label: String
    /// The outcome or assumption it measures.
    public let measures: String
    /// `outcome` or `assumption`.
    public let measuresKind: String
    /// The measured outcome's horizon, if it has one.
    public let horizon: String?
    public let definition: String?
    /// `percentage`, `rate per 10000`…
    public let measure: String?
    public let unit: String?
    public let direction: String?
    public let source: String?
    public let method: String?
    public let frequency: String?
    public let owner: String?
    /// "41% in 2017, available", "collected from 2018-04".
    public let baseline: String?
    /// Each target as "30% by 2020-03".
    public let targets: [String]
    public let disaggregation: [String]
    public let design: String?
    public let comparator: String?
    /// Missing details (`source`, `frequency`, `baseline`, `target`); empty when complete.
    public let missing: [String]

    init(_ indicator: Indicator, of node: Node) {
        id = indicator.id.rawValue
        label = indicator.label
        measures = node.id.rawValue
        measuresKind = node.kind.rawValue
        horizon = node.horizon?.rawValue
        definition = indicator.definition
        measure = indicator.measure.map { measure in indicator.ratePer.map { "\(measure) per \($0)" } ?? measure }
        unit = indicator.unit
        direction = indicator.direction?.rawValue
        source = indicator.source
        method = indicator.method
        frequency = indicator.frequency
        owner = indicator.owner
        baseline = indicator.baseline.map(Self.describe)
        targets = indicator.targets.map { target in target.value.description + (target.by.map { " by \($0)" } ?? "") }
        disaggregation = indicator.disaggregation
        design = indicator.design
        comparator = indicator.comparator
        missing = IndicatorStatus(indicator).missing
    }

    public var isComplete: Bool { missing.isEmpty }

    static func describe(_ baseline: Baseline) -> String {
        var parts: [String] = []
        if let value = baseline.value { parts.append(value.description) }
        if let at = baseline.at { parts.append("in \(at)") }
        var text = parts.joined(separator: " ")
        switch baseline.availability {
        case .available: text += text.isEmpty ? "available" : ", available"
        case .collectedFrom(let point):
            let collected = "collected" + (point.map { " from \($0)" } ?? "")
            text += text.isEmpty ? collected : ", \(collected)"
        case nil: break
        }
        return text
    }
}
