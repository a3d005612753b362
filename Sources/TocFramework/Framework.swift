import TocModel

/// An outcomes framework a plan reports against: practice features (what activities put into practice) and
/// outcomes (what the plan's outcomes contribute to), each with an id, a definition and suggested indicators.
///
/// Frameworks are data, read from YAML files (see `docs/frameworks.md`); `dfe-7x7`, the DfE's 7 features of practice
/// and 7 outcomes, comes with toc.
public struct Framework: Sendable, Hashable {
    /// The framework's id, as a plan names it (`framework dfe-7x7`).
    public let id: String
    /// Its full name.
    public let name: String
    /// Where it comes from.
    public let source: String?
    /// Caveats about the framework itself.
    public let notes: [String]
    /// Practice features, named by activities' `features`.
    public let features: [FrameworkItem]
    /// Outcomes, named by outcomes' `contributes-to`.
    public let outcomes: [FrameworkItem]

    public init(id: String, name: String, source: String?, notes: [String], features: [FrameworkItem], outcomes: [FrameworkItem]) {
        self.id = id
        self.name = name
        self.source = source
        self.notes = notes
        self.features = features
        self.outcomes = outcomes
    }

    /// The practice feature with this id.
    public func feature(_ id: String) -> FrameworkItem? {
        features.first { $0.id == id }
    }

    /// The framework outcome with this id.
    public func outcome(_ id: String) -> FrameworkItem? {
        outcomes.first { $0.id == id }
    }
}

/// A practice feature or a framework outcome.
public struct FrameworkItem: Sendable, Hashable {
    /// The id plans use (`strengths-based`, `reducing-risk`).
    public let id: String
    /// Its name in full ("Strengths-based practice framework").
    public let name: String
    /// Short text for diagram badges; the name when the file gives none.
    public let badge: String
    /// One line saying what it means.
    public let definition: String?
    /// Where the definition comes from.
    public let reference: String?
    /// Indicators commonly used for it, with their usual data sources.
    public let indicators: [SuggestedIndicator]

    public init(id: String, name: String, badge: String? = nil, definition: String? = nil, reference: String? = nil, indicators: [SuggestedIndicator] = []) {
        self.id = id
        self.name = name
        self.badge = badge ?? name
        self.definition = definition
        self.reference = reference
        self.indicators = indicators
    }
}

/// An indicator a framework suggests for one of its outcomes.
public struct SuggestedIndicator: Sendable, Hashable {
    public let name: String
    /// `count`, `percentage`, `rate`, `score`, `ordinal` or `qualitative`.
    public let measure: String?
    public let unit: String?
    public let direction: Indicator.Direction?
    /// The usual data source ("SSDA903 return").
    public let source: String?
    public let reference: String?

    public init(name: String, measure: String? = nil, unit: String? = nil, direction: Indicator.Direction? = nil, source: String? = nil, reference: String? = nil) {
        self.name = name
        self.measure = measure
        self.unit = unit
        self.direction = direction
        self.source = source
        self.reference = reference
    }
}
