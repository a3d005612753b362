import TocDiagnostics

/// An element of the causal graph: an input, activity, output, outcome or assumption.
///
/// Kind-specific details are optional fields; the builder fills only those the kind accepts.
public struct Node: Sendable, Hashable, Codable {
    public let id: NodeID
    public let kind: NodeKind
    /// The quoted label, or the id when none was given.
    public var label: String
    public var description: String?
    /// Where the declaration's header is (keyword, id and label).
    public var range: SourceRange
    /// The whole declaration, details included.
    public var declarationRange: SourceRange

    /// Details written but not understood (already reported), so rules do not also call them missing.
    public var unreadableDetails: Set<String> = []

    // Activities
    public var phase: Phase?
    public var window: TimeWindow?
    public var uses: [Reference] = []
    /// Practice features (framework ids), checked against the framework in a later stage.
    public var features: [Reference] = []
    public var involves: [Involvement] = []

    // Inputs (partner agencies)
    /// Whether a data-sharing agreement with this partner is in place, and from when.
    public var dataSharing: DataSharing?

    // Outputs
    public var targets: [OutputTarget] = []

    // Outcomes
    public var horizon: Horizon?
    public var beneficiaries: [Beneficiary] = []
    /// Framework outcome ids.
    public var contributesTo: [Reference] = []
    public var expected: TimePoint?
    /// When a value-for-money outcome's cumulative savings are expected to exceed its costs.
    public var breakEven: TimePoint?

    // Outcomes and assumptions
    public var indicators: [Indicator] = []

    // Assumptions
    public var evidence: EvidenceLevel?

    public init(id: NodeID, kind: NodeKind, label: String, range: SourceRange, declarationRange: SourceRange) {
        self.id = id
        self.kind = kind
        self.label = label
        self.range = range
        self.declarationRange = declarationRange
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
