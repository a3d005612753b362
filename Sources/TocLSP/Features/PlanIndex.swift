import TocDiagnostics
import TocLang

/// Every meaningful token of a plan with what it is there: the keyword of an activity, the id it declares, a use of
/// that id in a link, the name of a detail, a framework id… Hover, navigation, highlighting and renaming all start
/// by asking what is under the cursor.
///
/// Built from the syntax tree alone, so it works on plans with errors (the parser always returns a tree).
public struct PlanIndex: Sendable {
    /// What a token is, where it stands.
    public enum Role: Sendable, Hashable {
        /// `activity` in `activity embed-sos "…"`.
        case keyword(DeclarationKind)
        /// The id a declaration declares.
        case definition(DeclarationKind)
        /// A use of an id: a link end, or the value of `uses`, `affects`, `assuming`, `cohort` or `held-by`.
        case reference(property: String?)
        /// A practice feature of the framework (`features strengths-based`).
        case frameworkFeature
        /// An outcome of the framework (`contributes-to reducing-risk`).
        case frameworkOutcome
        /// A detail's name; `owner` is nil on a link's `assuming` and `because` lines.
        case propertyName(owner: DeclarationKind?)
        /// A rule's id in a `rules` block.
        case ruleName
        /// Any other value of a detail (`implementation` after `phase`).
        case value(property: String)
        /// A declaration's quoted label.
        case label
    }

    public struct Occurrence: Sendable, Hashable {
        public let token: Token
        public let role: Role

        /// Whether this occurrence names an element of the plan by its id (declares it or uses it).
        public var isID: Bool {
            switch role {
            case .definition, .reference: true
            default: false
            }
        }
    }

    /// Details whose values are ids of the plan's elements.
    public static let referenceProperties: Set<String> = ["uses", "affects", "assuming", "cohort", "held-by"]

    /// In order of position.
    public let occurrences: [Occurrence]

    public init(_ tree: SyntaxTree) {
        var found: [Occurrence] = []
        for item in tree.items {
            switch item {
            case .declaration(let declaration): Self.add(declaration, to: &found)
            case .link(let link):
                for token in link.groups.joined() where token.kind == .word {
                    found.append(Occurrence(token: token, role: .reference(property: nil)))
                }
                for property in link.details { Self.add(property, owner: nil, to: &found) }
            }
        }
        occurrences = found.sorted { $0.token.range.start < $1.token.range.start }
    }

    private static func add(_ declaration: Declaration, to found: inout [Occurrence]) {
        found.append(Occurrence(token: declaration.keyword, role: .keyword(declaration.kind)))
        if let id = declaration.id { found.append(Occurrence(token: id, role: .definition(declaration.kind))) }
        if let label = declaration.label { found.append(Occurrence(token: label, role: .label)) }
        for member in declaration.members {
            switch member {
            case .property(let property):
                if declaration.kind == .rules {
                    found.append(Occurrence(token: property.name, role: .ruleName))
                    for value in property.values { found.append(Occurrence(token: value, role: .value(property: "rules"))) }
                } else {
                    add(property, owner: declaration.kind, to: &found)
                }
            case .declaration(let nested): add(nested, to: &found)
            }
        }
    }

    private static func add(_ property: Property, owner: DeclarationKind?, to found: inout [Occurrence]) {
        let name = property.name.text
        found.append(Occurrence(token: property.name, role: .propertyName(owner: owner)))
        for value in property.values where value.kind != .comma {
            let role: Role
            if value.kind == .word, referenceProperties.contains(name) {
                role = .reference(property: name)
            } else if value.kind == .word, name == "features" {
                role = .frameworkFeature
            } else if value.kind == .word, name == "contributes-to" {
                role = .frameworkOutcome
            } else {
                role = .value(property: name)
            }
            found.append(Occurrence(token: value, role: role))
        }
    }

    /// The occurrence at a byte offset: the token that contains it, or ends exactly at it (so a cursor just after a
    /// word still finds the word).
    public func occurrence(at offset: Int) -> Occurrence? {
        // The first occurrence starting after the offset…
        var low = 0
        var high = occurrences.count
        while low < high {
            let mid = (low + high) / 2
            if occurrences[mid].token.range.start <= offset { low = mid + 1 } else { high = mid }
        }
        // …so the one before it is the last that starts at or before the offset.
        guard low > 0 else { return nil }
        let candidate = occurrences[low - 1]
        return offset <= candidate.token.range.end ? candidate : nil
    }

    /// Every place an id is declared or used, in order.
    public func occurrences(of id: String) -> [Occurrence] {
        occurrences.filter { $0.isID && $0.token.text == id }
    }

    /// Where an id is declared (the first declaration, if it is declared twice).
    public func definition(of id: String) -> Occurrence? {
        occurrences.first { occurrence in
            if case .definition = occurrence.role { occurrence.token.text == id } else { false }
        }
    }
}
