/// A mechanical edit that fixes a diagnostic: replace the text in `range` with `replacement`.
public struct FixIt: Sendable, Hashable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// Applies fix-its to a text. Overlapping edits are skipped (the first by position wins).
    public static func apply(_ fixIts: [FixIt], to file: SourceFile) -> String {
        var bytes = file.utf8
        var lastStart = Int.max
        for fix in fixIts.sorted(by: { $0.range.start > $1.range.start }) where fix.range.end <= lastStart {
            bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
            lastStart = fix.range.start
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
