import TocDiagnostics

/// A detail line under a declaration or link: a name and its values (`phase implementation`,
/// `uses grant, advisors`, `baseline 41% in 2017 available`).
///
/// Values are kept as tokens (commas included); the model builder gives them meaning.
public struct Property: Sendable, Hashable {
    public let name: Token
    /// The tokens after the name (and after a colon written after it): the line's own tokens, shared, not copied.
    public let values: TokenList
    public let leadingTrivia: [Trivia]
    public let trailingComment: Comment?
    public let range: SourceRange

    public init(name: Token, values: TokenList, leadingTrivia: [Trivia] = [], trailingComment: Comment? = nil, range: SourceRange) {
        self.name = name
        self.values = values
        self.leadingTrivia = leadingTrivia
        self.trailingComment = trailingComment
        self.range = range
    }

    /// The values without commas.
    public var items: [Token] { values.filter { (token: Token) in token.kind != .comma } }

    /// The range covering all values, or an empty range just after the name.
    public var valuesRange: SourceRange {
        guard let first = values.first, let last = values.last else { return .at(name.range.end) }
        return first.range.union(last.range)
    }
}
