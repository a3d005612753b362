import TocDiagnostics

/// The result of parsing a file: always a tree, however broken the text, plus every problem found.
public struct SyntaxTree: Sendable {
    public let file: SourceFile
    public let items: [Item]
    /// Blank lines and comments after the last statement.
    public let trailingTrivia: [Trivia]
    public let diagnostics: [Diagnostic]

    public init(file: SourceFile, items: [Item], trailingTrivia: [Trivia], diagnostics: [Diagnostic]) {
        self.file = file
        self.items = items
        self.trailingTrivia = trailingTrivia
        self.diagnostics = diagnostics
    }

    /// A top-level statement.
    public enum Item: Sendable, Hashable {
        case declaration(Declaration)
        case link(LinkStatement)
    }

    public var declarations: [Declaration] {
        items.compactMap { if case .declaration(let declaration) = $0 { declaration } else { nil } }
    }

    public var links: [LinkStatement] {
        items.compactMap { if case .link(let link) = $0 { link } else { nil } }
    }
}
