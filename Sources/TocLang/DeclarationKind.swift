import TocDiagnostics

/// The kinds of element a plan declares, and which details each may carry.
///
/// This is the language's schema: the parser uses it to recognise keywords, suggest corrections and recover.
public enum DeclarationKind: String, Sendable, Hashable, CaseIterable, Codable {
    case theory, cohort, input, activity, output, outcome, assumption, risk, audit, indicator, rules

    /// Kinds that start at the left margin.
    public static let topLevel: [DeclarationKind] = [.theory, .cohort, .input, .activity, .output, .outcome, .assumption, .risk, .audit, .rules]

    /// Whether the header names an id (`activity embed-sos "…"`). `theory` takes only its title.
    public var takesID: Bool { self != .theory && self != .rules }

    /// Whether any word is accepted as a detail name: a `rules` block names rules (`skipped-stage off`), which the
    /// checks stage validates.
    public var acceptsAnyDetail: Bool { self == .rules }

    /// Details (properties) this kind accepts, in canonical order.
    public var properties: [String] {
        switch self {
        case .theory: ["kind", "starts", "ends", "evaluation", "framework", "description"]
        case .cohort: ["size", "recruit", "eligibility", "description"]
        case .input: ["data-sharing", "description"]
        case .activity: ["phase", "from", "uses", "features", "involves", "description"]
        case .output: ["target", "description"]
        case .outcome: ["horizon", "for", "contributes-to", "expected", "break-even", "description"]
        case .assumption: ["evidence", "description"]
        case .risk: ["likelihood", "impact", "mitigation", "affects", "description"]
        case .audit: ["now", "needs", "progress"]
        case .rules: []
        case .indicator:
            ["definition", "measure", "unit", "direction", "source", "method", "frequency", "owner", "baseline",
             "target", "disaggregation", "design", "comparator", "cohort", "held-by"]
        }
    }

    /// Nested declarations this kind may contain.
    public var nested: [DeclarationKind] {
        switch self {
        case .outcome, .assumption: [.indicator]
        default: []
        }
    }

    /// Details that may be given more than once (the values add up).
    public static let repeatableProperties: Set<String> = [
        "target", "uses", "features", "involves", "for", "contributes-to", "affects", "assuming", "disaggregation",
    ]

    /// A plural noun for messages: "activities".
    public var plural: String {
        switch self {
        case .activity: "activities"
        case .theory: "theories"
        default: rawValue + "s"
        }
    }

    /// "an activity", "a cohort".
    public var withArticle: String { Wording.withArticle(rawValue) }

    /// Details a link statement accepts on its indented lines.
    public static let linkProperties = ["assuming", "because"]

    /// The kinds whose schema lists `property`.
    public static func kinds(accepting property: String) -> [DeclarationKind] {
        allCases.filter { $0.properties.contains(property) }
    }
}
