import TocDiagnostics

/// A measure of an outcome (or of an assumption, to monitor it), with its indicator plan.
public struct Indicator: Sendable, Hashable, Codable {
    public let id: NodeID
    public var label: String
    /// The outcome or assumption it measures.
    public let measures: NodeID
    public var range: SourceRange
    public var definition: String?
    public var measure: String?
    /// For a rate, what it is counted per: `measure rate per 10000` (per 10,000 children).
    public var ratePer: Int?
    public var unit: String?
    public var direction: Direction?
    public var source: String?
    public var method: String?
    public var frequency: String?
    public var owner: String?
    public var baseline: Baseline?
    public var targets: [IndicatorTarget] = []
    public var disaggregation: [String] = []
    public var design: String?
    public var comparator: String?
    /// The cohort the indicator is measured on (`cohort adolescents`); nil for population-wide measures.
    public var cohort: Reference?
    /// The partner (an input) whose records the data come from (`held-by youth-offending-service`).
    public var heldBy: Reference?
    /// Details written but not understood (already reported), so rules do not also call them missing.
    public var unreadableDetails: Set<String> = []

    public init(id: NodeID, label: String, measures: NodeID, range: SourceRange) {
        self.id = id
        self.label = label
        self.measures = measures
        self.range = range
    }

    /// Which way the indicator should move for the outcome to be achieved.
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        case up, down, stable
    }
}

/// Where an indicator starts: `baseline 41% in 2017 available`, or `baseline collected from 2018-04`.
public struct Baseline: Sendable, Hashable, Codable {
    public let value: Quantity?
    /// When the baseline value holds (`in 2017`).
    public let at: TimePoint?
    public let availability: Availability?
    public let range: SourceRange

    public init(value: Quantity?, at: TimePoint?, availability: Availability?, range: SourceRange) {
        self.value = value
        self.at = at
        self.availability = availability
        self.range = range
    }

    /// Whether the baseline can be measured now or will be collected from a date.
    public enum Availability: Sendable, Hashable, Codable {
        case available
        case collectedFrom(TimePoint?)
    }
}

/// A target for an indicator: `target 30% by 2020-03`.
public struct IndicatorTarget: Sendable, Hashable, Codable {
    public let value: Quantity
    public let by: TimePoint?
    public let range: SourceRange

    public init(value: Quantity, by: TimePoint?, range: SourceRange) {
        self.value = value
        self.by = by
        self.range = range
    }
}
