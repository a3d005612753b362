import TocDiagnostics

/// A `#` comment, kept so that the formatter can put it back where it was.
public struct Comment: Sendable, Hashable {
    /// The comment's text after `#`, without the line break.
    public let text: String
    public let range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
