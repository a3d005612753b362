/// A point in a source file: its byte offset and the 1-based line and character column a person would count.
public struct SourceLocation: Sendable, Hashable, Codable {
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }
}
