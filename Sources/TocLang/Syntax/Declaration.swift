import TocDiagnostics

/// A declaration: a keyword, an id, an optional quoted label, and indented members
/// (`activity embed-sos "Embed Signs of Safety"` followed by `phase implementation`…).
public struct Declaration: Sendable, Hashable {
    public let kind: DeclarationKind
    public let keyword: Token
    /// The id, or nil when it was missing (already reported).
    public let id: Token?
    /// The quoted label (for a theory, its title).
    public let label: Token?
    public let members: [Member]
    public let leadingTrivia: [Trivia]
    public let trailingComment: Comment?
    /// From the keyword to the end of the last member.
    public let range: SourceRange

    public init(
        kind: DeclarationKind, keyword: Token, id: Token?, label: Token?, members: [Member],
        leadingTrivia: [Trivia], trailingComment: Comment?, range: SourceRange
    ) {
        self.kind = kind
        self.keyword = keyword
        self.id = id
        self.label = label
        self.members = members
        self.properties = members.compactMap { if case .property(let property) = $0 { property } else { nil } }
        self.leadingTrivia = leadingTrivia
        self.trailingComment = trailingComment
        self.range = range
    }

    /// A member line: a detail, or a nested declaration (an outcome's `indicator`).
    public enum Member: Sendable, Hashable {
        case property(Property)
        case declaration(Declaration)
    }

    /// The details among the members, in order (kept, since the model builder and the rules ask for them often).
    public let properties: [Property]

    public var nestedDeclarations: [Declaration] {
        members.compactMap { if case .declaration(let declaration) = $0 { declaration } else { nil } }
    }

    /// Every detail with this name, in order.
    public func properties(named name: String) -> [Property] {
        properties.filter { $0.name.text == name }
    }

    /// The range of the header line's significant part, for pointing at the declaration as a whole.
    public var headerRange: SourceRange {
        var range = keyword.range
        if let id { range = range.union(id.range) }
        if let label { range = range.union(label.range) }
        return range
    }
}
