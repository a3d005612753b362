import TocDiagnostics

/// An element of the causal graph: an input, activity, output, outcome or assumption.
///
/// Kind-specific details are optional fields; the builder fills only those the kind accepts.
///
/// The fields live in a copy-on-write box (``CopyOnWriteBox``): an element is a large value that rules copy often,
/// and a copy now costs one retain. Reading and writing the properties is unchanged.
public struct Node: Sendable, Hashable, Codable {
    /// The stored fields; their names are the JSON keys of ``Node``'s `Codable` form.
    struct Fields: Sendable, Hashable, Codable {
        let id: NodeID
        let kind: NodeKind
        var label: String
        var description: String?
        var range: SourceRange
        var declarationRange: SourceRange
        var unreadableDetails: Set<String> = []
        var phase: Phase?
        var window: TimeWindow?
        var uses: [Reference] = []
        var features: [Reference] = []
        var involves: [Involvement] = []
        var dataSharing: DataSharing?
        var targets: [OutputTarget] = []
        var horizon: Horizon?
        var beneficiaries: [Beneficiary] = []
        var contributesTo: [Reference] = []
        var expected: TimePoint?
        var breakEven: TimePoint?
        var indicators: [Indicator] = []
        var evidence: EvidenceLevel?
    }

    private var box: CopyOnWriteBox<Fields>

    /// The fields, for reading, or for changing in place (after making the box this element's own).
    private var fields: Fields {
        get { box.value }
        _modify {
            CopyOnWriteBox.unique(&box)
            yield &box.value
        }
    }

    public var id: NodeID { box.value.id }
    public var kind: NodeKind { box.value.kind }
    /// The quoted label, or the id when none was given.
    public var label: String { get { box.value.label } _modify { yield &fields.label } }
    public var description: String? { get { box.value.description } _modify { yield &fields.description } }
    /// Where the declaration's header is (keyword, id and label).
    public var range: SourceRange { get { box.value.range } _modify { yield &fields.range } }
    /// The whole declaration, details included.
    public var declarationRange: SourceRange { get { box.value.declarationRange } _modify { yield &fields.declarationRange } }

    /// Details written but not understood (already reported), so rules do not also call them missing.
    public var unreadableDetails: Set<String> { get { box.value.unreadableDetails } _modify { yield &fields.unreadableDetails } }

    // Activities
    public var phase: Phase? { get { box.value.phase } _modify { yield &fields.phase } }
    public var window: TimeWindow? { get { box.value.window } _modify { yield &fields.window } }
    public var uses: [Reference] { get { box.value.uses } _modify { yield &fields.uses } }
    /// Practice features (framework ids), checked against the framework in a later stage.
    public var features: [Reference] { get { box.value.features } _modify { yield &fields.features } }
    public var involves: [Involvement] { get { box.value.involves } _modify { yield &fields.involves } }

    // Inputs (partner agencies)
    /// Whether a data-sharing agreement with this partner is in place, and from when.
    public var dataSharing: DataSharing? { get { box.value.dataSharing } _modify { yield &fields.dataSharing } }

    // Outputs
    public var targets: [OutputTarget] { get { box.value.targets } _modify { yield &fields.targets } }

    // Outcomes
    public var horizon: Horizon? { get { box.value.horizon } _modify { yield &fields.horizon } }
    public var beneficiaries: [Beneficiary] { get { box.value.beneficiaries } _modify { yield &fields.beneficiaries } }
    /// Framework outcome ids.
    public var contributesTo: [Reference] { get { box.value.contributesTo } _modify { yield &fields.contributesTo } }
    public var expected: TimePoint? { get { box.value.expected } _modify { yield &fields.expected } }
    /// When a value-for-money outcome's cumulative savings are expected to exceed its costs.
    public var breakEven: TimePoint? { get { box.value.breakEven } _modify { yield &fields.breakEven } }

    // Outcomes and assumptions
    public var indicators: [Indicator] { get { box.value.indicators } _modify { yield &fields.indicators } }

    // Assumptions
    public var evidence: EvidenceLevel? { get { box.value.evidence } _modify { yield &fields.evidence } }

    public init(id: NodeID, kind: NodeKind, label: String, range: SourceRange, declarationRange: SourceRange) {
        box = CopyOnWriteBox(Fields(id: id, kind: kind, label: label, range: range, declarationRange: declarationRange))
    }

    public static func == (lhs: Node, rhs: Node) -> Bool {
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
}

/// A partner's data-sharing agreement: `data-sharing agreed 2017-11`, `data-sharing expected 2018-03`, `data-sharing none`.
public enum DataSharing: Sendable, Hashable, Codable {
    case agreed(TimePoint?)
    case expected(TimePoint?)
    case none

    /// When data can be shared from, if known.
    public var from: TimePoint? {
        switch self {
        case .agreed(let point), .expected(let point): point
        case .none: nil
        }
    }
}

/// An output's target: `target 3000 people by 2019-03`.
public struct OutputTarget: Sendable, Hashable, Codable {
    public let value: Quantity
    /// Free words after the number ("people", "schools").
    public let unit: String?
    public let by: TimePoint?
    public let range: SourceRange

    public init(value: Quantity, unit: String?, by: TimePoint?, range: SourceRange) {
        self.value = value
        self.unit = unit
        self.by = by
        self.range = range
    }
}
