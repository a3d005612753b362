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
    /// The details among the members, in order.
    public let properties: [Property]
    /// The nested declarations among the members (an outcome's indicators), in order.
    public let nestedDeclarations: [Declaration]
    public let leadingTrivia: [Trivia]
    public let trailingComment: Comment?
    /// From the keyword to the end of the last member.
    public let range: SourceRange

    public init(
        kind: DeclarationKind, keyword: Token, id: Token?, label: Token?, members: [Member],
        leadingTrivia: [Trivia], trailingComment: Comment?, range: SourceRange
    ) {
        self.init(
            kind: kind, keyword: keyword, id: id, label: label,
            properties: members.compactMap { if case .property(let property) = $0 { property } else { nil } },
            nestedDeclarations: members.compactMap { if case .declaration(let nested) = $0 { nested } else { nil } },
            leadingTrivia: leadingTrivia, trailingComment: trailingComment, range: range
        )
    }

    /// A declaration whose details and nested declarations are given apart (the parser's way: it never builds the
    /// list of members, which only the formatter and the editor features need).
    public init(
        kind: DeclarationKind, keyword: Token, id: Token?, label: Token?, properties: [Property],
        nestedDeclarations: [Declaration], leadingTrivia: [Trivia], trailingComment: Comment?, range: SourceRange
    ) {
        self.kind = kind
        self.keyword = keyword
        self.id = id
        self.label = label
        self.properties = properties
        self.nestedDeclarations = nestedDeclarations
        self.leadingTrivia = leadingTrivia
        self.trailingComment = trailingComment
        self.range = range
    }

    /// A member line: a detail, or a nested declaration (an outcome's `indicator`).
    public enum Member: Sendable, Hashable {
        case property(Property)
        case declaration(Declaration)
    }

    /// The details and nested declarations in the order they were written.
    public var members: [Member] {
        guard !nestedDeclarations.isEmpty else { return properties.map(Member.property) }
        var result: [Member] = []
        result.reserveCapacity(properties.count + nestedDeclarations.count)
        var nested = nestedDeclarations[...]
        for property in properties {
            while let first = nested.first, first.range.start < property.range.start {
                result.append(.declaration(first))
                nested.removeFirst()
            }
            result.append(.property(property))
        }
        result += nested.map(Member.declaration)
        return result
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
