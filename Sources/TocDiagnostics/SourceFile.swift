/// A file of `.toc` text with a table of line starts, so that UTF-8 offsets can be turned into lines and columns.
///
/// Everything upstream stores UTF-8 byte offsets; conversion to human columns (or UTF-16 for editors) happens only
/// at the edges, through this type.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user gave it (used in messages), or a name such as `<stdin>`.
    public let path: String
    /// The full text.
    public let text: String
    /// The text as UTF-8 bytes; offsets index into this.
    public let utf8: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether each line is plain ASCII, where a column is a byte offset (so finding it takes no counting, however
    /// long the line and however many findings are on it).
    private let lineIsASCII: [Bool]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.utf8 = Array(text.utf8)
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        for (index, byte) in utf8.enumerated() {
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            } else if byte >= 0x80 {
                lineIsASCII = false
            }
        }
        ascii.append(lineIsASCII)
        self.lineStarts = starts
        self.lineIsASCII = ascii
    }

    /// The number of lines (a trailing newline does not start a new visible line).
    public var lineCount: Int {
        if let last = lineStarts.last, last == utf8.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 1-based line and column of a byte offset. Columns count characters (what a reader sees), from 1.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, utf8.count))
        let lineIndex = lineIndex(containing: clamped)
        let start = lineStarts[lineIndex]
        let column = lineIsASCII[lineIndex] ? clamped - start + 1 : String(decoding: utf8[start..<clamped], as: UTF8.self).count + 1
        return SourceLocation(offset: clamped, line: lineIndex + 1, column: column)
    }

    /// The line and UTF-16 column of a byte offset, both counted from 0 as the Language Server Protocol counts them
    /// (unlike ``location(of:)``, whose line and column count from 1).
    public func utf16Position(of offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, utf8.count))
        let lineIndex = lineIndex(containing: clamped)
        let start = lineStarts[lineIndex]
        return (lineIndex, lineIsASCII[lineIndex] ? clamped - start : String(decoding: utf8[start..<clamped], as: UTF8.self).utf16.count)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == UInt8(ascii: "\n") || utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The text covered by a range.
    public func text(in range: SourceRange) -> String {
        let lower = max(0, min(range.start, utf8.count))
        let upper = max(lower, min(range.end, utf8.count))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
