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
        // The parser asks for these on every line it reads, so each list is built once (an array literal returned
        // from a computed property is allocated anew on every call).
        switch self {
        case .theory: Schema.theory
        case .cohort: Schema.cohort
        case .input: Schema.input
        case .activity: Schema.activity
        case .output: Schema.output
        case .outcome: Schema.outcome
        case .assumption: Schema.assumption
        case .risk: Schema.risk
        case .audit: Schema.audit
        case .rules: []
        case .indicator: Schema.indicator
        }
    }

    /// Nested declarations this kind may contain.
    public var nested: [DeclarationKind] {
        switch self {
        case .outcome, .assumption: Schema.indicatorOnly
        default: []
        }
    }

    /// The lists behind ``properties`` and ``nested``.
    private enum Schema {
        static let theory = ["kind", "starts", "ends", "evaluation", "framework", "description"]
        static let cohort = ["size", "recruit", "eligibility", "description"]
        static let input = ["data-sharing", "description"]
        static let activity = ["phase", "from", "uses", "features", "involves", "description"]
        static let output = ["target", "description"]
        static let outcome = ["horizon", "for", "contributes-to", "expected", "break-even", "description"]
        static let assumption = ["evidence", "description"]
        static let risk = ["likelihood", "impact", "mitigation", "affects", "description"]
        static let audit = ["now", "needs", "progress"]
        static let indicator = [
            "definition", "measure", "unit", "direction", "source", "method", "frequency", "owner", "baseline",
            "target", "disaggregation", "design", "comparator", "cohort", "held-by",
        ]
        static let indicatorOnly: [DeclarationKind] = [.indicator]
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
