import TocDiagnostics

/// One physical line after lexing: its indentation, its tokens and any trailing comment.
public struct LexedLine: Sendable {
    /// 1-based line number.
    public let number: Int
    /// Indentation width in columns. A tab advances to the next tab stop: every 4 columns, or, in a file indented with
    /// spaces, every indentation step of that file (only used to recover from mixed indentation). A no-break space
    /// counts as a space.
    public let indent: Int
    /// The range of the leading white space.
    public let indentRange: SourceRange
    /// The line's tokens: its part of the file's token array (see ``TokenList``).
    public internal(set) var tokens: TokenList
    public let comment: Comment?
    /// The whole line, without its line break.
    public let range: SourceRange
    /// Where the line's tokens sit in the lexer's array of the whole file's tokens, until ``tokens`` is set.
    let tokenRange: Range<Int>

    /// A line with neither tokens nor comment.
    public var isBlank: Bool { tokens.isEmpty && comment == nil }
}
