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
    /// For each long line that is not plain ASCII, the column at a character boundary every
    /// ``checkpointStride`` bytes or so, so that finding a column counts at most that many bytes of characters
    /// (thousands of findings on one long line would otherwise count the line thousands of times).
    private let columnCheckpoints: [Int: [Checkpoint]]

    private struct Checkpoint: Sendable, Hashable {
        let offset: Int
        let column: Int
    }

    private static let checkpointStride = 256

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.utf8 = Array(text.utf8)
        var table = LineTable(capacity: utf8.count / 24 + 1)
        utf8.withUnsafeBytes { bytes in
            // Eight bytes at a time (this runs on every keystroke in the language server): the line feeds in a word
            // of plain ASCII are found from a mask; a word with a non-ASCII byte is taken byte by byte.
            var index = 0
            while index + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & Self.highBits != 0 {
                    table.scan(bytes, index..<(index + 8))
                } else {
                    var lineFeeds = Self.lineFeedMask(word)
                    while lineFeeds != 0 {
                        table.lineBreak(at: index + lineFeeds.trailingZeroBitCount / 8)
                        lineFeeds &= lineFeeds - 1
                    }
                }
                index += 8
            }
            table.scan(bytes, index..<bytes.count)
        }
        table.ascii.append(table.lineIsASCII)
        let (starts, ascii) = (table.starts, table.ascii)
        self.lineStarts = starts
        self.lineIsASCII = ascii
        var checkpoints: [Int: [Checkpoint]] = [:]
        for (line, start) in starts.enumerated() where !ascii[line] {
            let end = line + 1 < starts.count ? starts[line + 1] : utf8.count
            guard end - start > Self.checkpointStride else { continue }
            checkpoints[line] = Self.checkpoints(utf8[start..<end])
        }
        self.columnCheckpoints = checkpoints
    }

    /// The line table as it is built: where each line starts, and whether each line finished so far is plain ASCII.
    /// (A struct rather than local functions: closures capturing the arrays made the scan three times slower.)
    private struct LineTable {
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true

        init(capacity: Int) {
            starts.reserveCapacity(capacity)
            ascii.reserveCapacity(capacity)
        }

        mutating func lineBreak(at offset: Int) {
            starts.append(offset + 1)
            ascii.append(lineIsASCII)
            lineIsASCII = true
        }

        /// Looks at each byte of `range` in turn.
        mutating func scan(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
            for offset in range {
                if bytes[offset] == UInt8(ascii: "\n") {
                    lineBreak(at: offset)
                } else if bytes[offset] >= 0x80 {
                    lineIsASCII = false
                }
            }
        }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The top bit of each byte of `word` (all ASCII) that is a line feed, and no other bit. Exact, as no byte's sum
    /// below can carry into the next: `(b & 0x7F) + 0x7F` sets the top bit unless `b` is zero, and `b` is the byte
    /// exclusive-or'd with a line feed, zero exactly where the byte is one.
    private static func lineFeedMask(_ word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ 0x0A0A_0A0A_0A0A_0A0A
        return ~(((difference & lows) &+ lows) | difference | lows)
    }

    /// Columns (counted from 0) at character boundaries about every ``checkpointStride`` bytes of a line.
    private static func checkpoints(_ line: ArraySlice<UInt8>) -> [Checkpoint] {
        var result: [Checkpoint] = []
        var offset = line.startIndex
        var column = 0
        var next = offset + checkpointStride
        for character in String(decoding: line, as: UTF8.self) {
            if offset >= next {
                result.append(Checkpoint(offset: offset, column: column))
                next = offset + checkpointStride
            }
            offset += character.utf8.count
            column += 1
        }
        return result
    }

    /// The column (from 0) of `offset` on the line starting at `start`, counting characters.
    private func characterColumn(of offset: Int, line: Int, start: Int) -> Int {
        if lineIsASCII[line] { return offset - start }
        var from = (offset: start, column: 0)
        if let checkpoints = columnCheckpoints[line] {
            // The last checkpoint at or before the offset.
            var low = 0
            var high = checkpoints.count
            while low < high {
                let mid = (low + high) / 2
                if checkpoints[mid].offset <= offset { low = mid + 1 } else { high = mid }
            }
            if low > 0 { from = (checkpoints[low - 1].offset, checkpoints[low - 1].column) }
        }
        return from.column + String(decoding: utf8[from.offset..<offset], as: UTF8.self).count
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
        let column = characterColumn(of: clamped, line: lineIndex, start: start) + 1
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

    /// The 0-based index of the line holding a byte offset (found by binary search over ``lineStarts``).
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
