import TocDiagnostics

/// A measure of an outcome (or of an assumption, to monitor it), with its indicator plan.
///
/// The fields live in a copy-on-write box (``CopyOnWriteBox``), as ``Node``'s do: indicators are copied whenever
/// rules gather them from their elements, and a copy now costs one retain.
public struct Indicator: Sendable, Hashable, Codable {
    /// The stored fields; their names are the JSON keys of ``Indicator``'s `Codable` form.
    struct Fields: Sendable, Hashable, Codable {
        let id: NodeID
        var label: String
        let measures: NodeID
        var range: SourceRange
        var definition: String?
        var measure: String?
        var ratePer: Int?
        var unit: String?
        var direction: Direction?
        var source: String?
        var method: String?
        var frequency: String?
        var owner: String?
        var baseline: Baseline?
        var targets: [IndicatorTarget] = []
        var disaggregation: [String] = []
        var design: String?
        var comparator: String?
        var cohort: Reference?
        var heldBy: Reference?
        var unreadableDetails: Set<String> = []
    }

    private var box: CopyOnWriteBox<Fields>

    /// The fields, for reading, or for changing in place (after making the box this indicator's own).
    private var fields: Fields {
        get { box.value }
        _modify {
            CopyOnWriteBox.unique(&box)
            yield &box.value
        }
    }

    public var id: NodeID { box.value.id }
    public var label: String { get { box.value.label } _modify { yield &fields.label } }
    /// The outcome or assumption it measures.
    public var measures: NodeID { box.value.measures }
    public var range: SourceRange { get { box.value.range } _modify { yield &fields.range } }
    public var definition: String? { get { box.value.definition } _modify { yield &fields.definition } }
    public var measure: String? { get { box.value.measure } _modify { yield &fields.measure } }
    /// For a rate, what it is counted per: `measure rate per 10000` (per 10,000 children).
    public var ratePer: Int? { get { box.value.ratePer } _modify { yield &fields.ratePer } }
    public var unit: String? { get { box.value.unit } _modify { yield &fields.unit } }
    public var direction: Direction? { get { box.value.direction } _modify { yield &fields.direction } }
    public var source: String? { get { box.value.source } _modify { yield &fields.source } }
    public var method: String? { get { box.value.method } _modify { yield &fields.method } }
    public var frequency: String? { get { box.value.frequency } _modify { yield &fields.frequency } }
    public var owner: String? { get { box.value.owner } _modify { yield &fields.owner } }
    public var baseline: Baseline? { get { box.value.baseline } _modify { yield &fields.baseline } }
    public var targets: [IndicatorTarget] { get { box.value.targets } _modify { yield &fields.targets } }
    public var disaggregation: [String] { get { box.value.disaggregation } _modify { yield &fields.disaggregation } }
    public var design: String? { get { box.value.design } _modify { yield &fields.design } }
    public var comparator: String? { get { box.value.comparator } _modify { yield &fields.comparator } }
    /// The cohort the indicator is measured on (`cohort adolescents`); nil for population-wide measures.
    public var cohort: Reference? { get { box.value.cohort } _modify { yield &fields.cohort } }
    /// The partner (an input) whose records the data come from (`held-by youth-offending-service`).
    public var heldBy: Reference? { get { box.value.heldBy } _modify { yield &fields.heldBy } }
    /// Details written but not understood (already reported), so rules do not also call them missing.
    public var unreadableDetails: Set<String> { get { box.value.unreadableDetails } _modify { yield &fields.unreadableDetails } }

    public init(id: NodeID, label: String, measures: NodeID, range: SourceRange) {
        box = CopyOnWriteBox(Fields(id: id, label: label, measures: measures, range: range))
    }

    public static func == (lhs: Indicator, rhs: Indicator) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    public func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }

    public init(from decoder: any Decoder) throws {
        box = CopyOnWriteBox(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.value.encode(to: encoder)
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
