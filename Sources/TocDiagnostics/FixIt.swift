/// A mechanical edit that fixes a diagnostic: replace the text in `range` with `replacement`.
public struct FixIt: Sendable, Hashable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// Applies fix-its to a text. Overlapping edits are skipped (the first by position wins); insertions at one point
    /// keep the order they were given in; ranges beyond the end of the text are clamped to it.
    public static func apply(_ fixIts: [FixIt], to file: SourceFile) -> String {
        var bytes = file.utf8
        // Choose the edits front to back, so that of two overlapping edits the earlier one is kept…
        var chosen: [FixIt] = []
        var end = 0
        for (_, fix) in fixIts.enumerated().sorted(by: { ($0.element.range, $0.offset) < ($1.element.range, $1.offset) }) {
            let range = SourceRange(start: min(fix.range.start, bytes.count), end: min(fix.range.end, bytes.count))
            guard range.start >= end else { continue }
            chosen.append(FixIt(range: range, replacement: fix.replacement))
            end = range.end
        }
        // …then apply them back to front, so that the offsets of those before stay valid.
        for fix in chosen.reversed() {
            bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
