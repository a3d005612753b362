import TocFramework
import TocModel

/// How far a plan covers its framework and how complete its indicator plan is: (a) practice features by activity,
/// (b) framework outcomes with the plan's outcomes and their indicators, (c) the indicator plan, one row per
/// indicator, and (d) per outcome stage, the share of outcomes with a complete indicator.
///
/// Computed here, once; `TocRender` writes it as a terminal table, Markdown, CSV or JSON.
public struct CoverageReport: Sendable, Hashable {
    /// The plan's title.
    public let title: String
    /// The plan file's path, as given.
    public let file: String
    /// The framework it was read against; nil when none could be loaded.
    public let framework: FrameworkSummary?
    /// (a) Every activity, in plan order, with the practice features it names.
    public let activities: [ActivityFeatures]
    /// (a) Every practice feature of the framework, with the activities that put it into practice.
    public let features: [FeatureUse]
    /// (b) Every framework outcome, with the plan's outcomes that contribute to it.
    public let frameworkOutcomes: [FrameworkOutcomeCoverage]
    /// (b) The plan's outcomes that contribute to no framework outcome.
    public let unlinkedOutcomes: [PlanOutcome]
    /// (c) Every indicator, of outcomes and assumptions, in plan order.
    public let indicators: [IndicatorPlanRow]
    /// (d) Per outcome stage (immediate, intermediate, long-term, then outcomes without a horizon if any).
    public let stages: [StageCoverage]
    /// (d) All the plan's outcomes together.
    public let total: StageCoverage

    public init(model: TheoryModel, framework: Framework?) {
        title = model.theory?.title ?? "Untitled theory of change"
        file = model.file.path
        self.framework = framework.map { FrameworkSummary(id: $0.id, name: $0.name) }
        let featureIDs = framework?.features.map(\.id) ?? []
        let activityNodes = model.nodes(of: .activity)
        activities = activityNodes.map { activity in
            let named = activity.features.map(\.id.rawValue)
            return ActivityFeatures(
                id: activity.id.rawValue, label: activity.label,
                features: featureIDs.filter(named.contains), otherFeatures: named.filter { !featureIDs.contains($0) }.uniqued()
            )
        }
        features = (framework?.features ?? []).map { feature in
            FeatureUse(id: feature.id, name: feature.name, activities: activityNodes.filter { $0.features.contains { $0.id.rawValue == feature.id } }.map(\.id.rawValue))
        }
        let outcomes = model.nodes(of: .outcome)
        let planOutcomes = outcomes.map(PlanOutcome.init)
        frameworkOutcomes = (framework?.outcomes ?? []).map { item in
            FrameworkOutcomeCoverage(
                id: item.id, name: item.name,
                outcomes: zip(outcomes, planOutcomes).filter { node, _ in node.contributesTo.contains { $0.id.rawValue == item.id } }.map(\.1),
                suggestedIndicators: item.indicators
            )
        }
        let frameworkOutcomeIDs = Set(framework?.outcomes.map(\.id) ?? [])
        unlinkedOutcomes = zip(outcomes, planOutcomes).filter { node, _ in
            !node.contributesTo.contains { frameworkOutcomeIDs.contains($0.id.rawValue) }
        }.map(\.1)
        indicators = model.nodes.values.flatMap { node in node.indicators.map { IndicatorPlanRow($0, of: node) } }
        var stages = Horizon.allCases.map { horizon in
            StageCoverage(stage: Stage(horizon: horizon).title, horizon: horizon.rawValue, outcomes: planOutcomes.filter { $0.horizon == horizon })
        }
        let unplaced = planOutcomes.filter { $0.horizon == nil }
        if !unplaced.isEmpty { stages.append(StageCoverage(stage: "Outcomes without a horizon", horizon: nil, outcomes: unplaced)) }
        self.stages = stages
        total = StageCoverage(stage: "All outcomes", horizon: nil, outcomes: planOutcomes)
    }

    /// The framework's practice features that no activity puts into practice.
    public var unusedFeatures: [FeatureUse] { features.filter(\.activities.isEmpty) }
    /// The framework outcomes that no outcome of the plan contributes to.
    public var unaddressedOutcomes: [FrameworkOutcomeCoverage] { frameworkOutcomes.filter(\.outcomes.isEmpty) }
}

/// The four parts of a coverage report.
public enum CoverageSection: String, Sendable, Hashable, CaseIterable, Codable {
    case features, outcomes, indicators, stages

    /// The section's heading.
    public var title: String {
        switch self {
        case .features: "Practice features by activity"
        case .outcomes: "Framework outcomes"
        case .indicators: "Indicator plan"
        case .stages: "Coverage by stage"
        }
    }
}

/// A framework's id and name.
public struct FrameworkSummary: Sendable, Hashable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// An activity and the practice features it names: those of the framework, and any others.
public struct ActivityFeatures: Sendable, Hashable {
    public let id: String
    public let label: String
    /// Framework feature ids, in the framework's order.
    public let features: [String]
    /// Ids the framework does not have (reported by `unknown-framework-id`).
    public let otherFeatures: [String]
}

/// A practice feature and the activities that put it into practice.
public struct FeatureUse: Sendable, Hashable {
    public let id: String
    public let name: String
    public let activities: [String]
}

/// A framework outcome, the plan's outcomes that contribute to it, and the indicators the framework suggests for it.
public struct FrameworkOutcomeCoverage: Sendable, Hashable {
    public let id: String
    public let name: String
    public let outcomes: [PlanOutcome]
    public let suggestedIndicators: [SuggestedIndicator]
}

/// One of the plan's outcomes, with its indicators' completeness.
public struct PlanOutcome: Sendable, Hashable {
    public let id: String
    public let label: String
    public let horizon: Horizon?
    public let indicators: [IndicatorStatus]

    init(_ node: Node) {
        id = node.id.rawValue
        label = node.label
        horizon = node.horizon
        indicators = node.indicators.map(IndicatorStatus.init)
    }

    /// Whether at least one of its indicators is complete.
    public var isMeasured: Bool { indicators.contains(where: \.isComplete) }
}

/// An indicator's id and label, and what its plan lacks.
public struct IndicatorStatus: Sendable, Hashable {
    public let id: String
    public let label: String
    /// Missing details (`source`, `frequency`, `baseline`, `target`), written but unreadable ones included.
    public let missing: [String]

    init(_ indicator: Indicator) {
        id = indicator.id.rawValue
        label = indicator.label
        let completeness = IndicatorCompleteness(indicator)
        missing = IndicatorCompleteness.Part.allCases.filter { completeness.missing.contains($0) || completeness.unreadable.contains($0) }.map(\.rawValue)
    }

    public var isComplete: Bool { missing.isEmpty }
}

/// Outcomes at one stage, and how many have a complete indicator.
public struct StageCoverage: Sendable, Hashable {
    /// "Immediate outcomes", "All outcomes".
    public let stage: String
    /// The horizon's word (`immediate`…), or nil for outcomes without one and for the total.
    public let horizon: String?
    public let outcomes: Int
    /// Outcomes with at least one complete indicator.
    public let measured: Int

    init(stage: String, horizon: String?, outcomes: [PlanOutcome]) {
        self.stage = stage
        self.horizon = horizon
        self.outcomes = outcomes.count
        measured = outcomes.filter(\.isMeasured).count
    }

    /// The share measured, from 0 to 1; nil when the stage has no outcomes.
    public var share: Double? { outcomes == 0 ? nil : Double(measured) / Double(outcomes) }

    /// "67%", or "–" for a stage with no outcomes.
    public var percentage: String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
