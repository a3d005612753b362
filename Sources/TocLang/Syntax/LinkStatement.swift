import TocDiagnostics

/// A causal link statement: `a -> b -> c` or `a, b -> c`, with optional indented `assuming` and `because` lines.
///
/// A chain of n groups makes a link from every id of each group to every id of the next; the details apply to
/// every link the statement makes.
public struct LinkStatement: Sendable, Hashable {
    /// The endpoint groups between arrows, each a list of id tokens.
    public let groups: [[Token]]
    public let details: [Property]
    public let leadingTrivia: [Trivia]
    public let trailingComment: Comment?
    public let range: SourceRange

    public init(groups: [[Token]], details: [Property], leadingTrivia: [Trivia], trailingComment: Comment?, range: SourceRange) {
        self.groups = groups
        self.details = details
        self.leadingTrivia = leadingTrivia
        self.trailingComment = trailingComment
        self.range = range
    }
}
