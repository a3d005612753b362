import TocDiagnostics

/// A lexical token of the `.toc` language.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A word: a keyword or an id (`activity`, `embed-sos`). Letters, digits, `-` and `_`, starting with a letter.
        case word
        /// Quoted text; `text` holds the decoded value (escapes resolved), without quotes.
        case string
        /// A whole or decimal number (`300`, `2.5`).
        case number
        /// A number followed by `%` (`41%`); `text` holds the number.
        case percentage
        /// A date, `2019-03` or `2019-03-31`, already validated.
        case date
        /// `->`
        case arrow
        /// `,`
        case comma
        /// `:` (accepted after a keyword, with a warning)
        case colon
        /// Anything the lexer could not make sense of; already reported.
        case invalid
    }

    public let kind: Kind
    /// The decoded text: the word, the string's content, the number or the date as written.
    public let text: String
    public let range: SourceRange

    public init(kind: Kind, text: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}
