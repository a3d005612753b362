import TocModel

/// Whether an indicator plan says enough to be used: where the figures come from (`source`), how often they are
/// collected (`frequency`), where they start (`baseline`) and where they should be (`target`). A qualitative
/// indicator needs no baseline figure or target.
public struct IndicatorCompleteness: Sendable, Hashable {
    /// The details an indicator plan needs, in the order they are named in messages.
    public enum Part: String, Sendable, Hashable, CaseIterable, Codable {
        case source, frequency, baseline, target
    }

    /// What is missing, in ``Part`` order; empty when complete.
    public let missing: [Part]
    /// Details written but not understood: already reported, so not called missing again.
    public let unreadable: [Part]

    public init(_ indicator: Indicator) {
        let qualitative = indicator.measure == "qualitative"
        var absent: [Part] = []
        if (indicator.source ?? "").isEmpty { absent.append(.source) }
        if indicator.frequency == nil { absent.append(.frequency) }
        if !qualitative, indicator.baseline == nil { absent.append(.baseline) }
        if !qualitative, indicator.targets.isEmpty { absent.append(.target) }
        // Most indicators lack nothing, or have no unreadable details: then there is nothing to sort out.
        let unreadableDetails = absent.isEmpty ? [] : indicator.unreadableDetails
        if unreadableDetails.isEmpty {
            unreadable = []
            missing = absent
        } else {
            unreadable = absent.filter { unreadableDetails.contains($0.rawValue) }
            missing = absent.filter { !unreadableDetails.contains($0.rawValue) }
        }
    }

    /// Nothing is missing (details written but not understood count as not there).
    public var isComplete: Bool { missing.isEmpty && unreadable.isEmpty }
}

extension TheoryModel {
    /// Whether any outcome or assumption has an indicator: once a plan has begun its indicator plan, the checks on
    /// pathways and assumptions apply.
    public var hasIndicatorPlan: Bool { nodes.values.contains { !$0.indicators.isEmpty } }
}
