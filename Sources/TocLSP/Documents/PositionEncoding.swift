import TocDiagnostics

/// How positions count characters along a line: the protocol's default is UTF-16 code units; a client may offer
/// UTF-8, which toc prefers (its own offsets are UTF-8 bytes, so nothing needs counting).
public enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"

    /// The encoding to use given what the client offers (UTF-16 when it offers nothing).
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
    }

    /// The protocol position of a byte offset.
    public func position(of offset: Int, in file: SourceFile) -> Position {
        switch self {
        case .utf16:
            let (line, character) = file.utf16Position(of: offset)
            return Position(line: line, character: character)
        case .utf8:
            let clamped = max(0, min(offset, file.utf8.count))
            let line = file.lineIndex(containing: clamped)
            return Position(line: line, character: clamped - file.lineStarts[line])
        }
    }

    public func range(of range: SourceRange, in file: SourceFile) -> LSPRange {
        LSPRange(start: position(of: range.start, in: file), end: position(of: range.end, in: file))
    }

    /// The byte offset of a protocol position. A line past the end is the end of the text; a character past the end
    /// of its line is the end of the line (as the protocol asks), and one inside a character is its start.
    public func offset(of position: Position, in file: SourceFile) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < file.lineStarts.count else { return file.utf8.count }
        let start = file.lineStarts[position.line]
        var end = position.line + 1 < file.lineStarts.count ? file.lineStarts[position.line + 1] : file.utf8.count
        // The line break is not part of the line.
        if end > start, file.utf8[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, file.utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let wanted = max(0, position.character)
        switch self {
        case .utf8:
            var offset = min(start + wanted, end)
            // Not in the middle of a character: back to its first byte.
            while offset > start, offset < end, file.utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        case .utf16:
            var offset = start
            var units = 0
            while offset < end {
                let lead = file.utf8[offset]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let unitCount = width == 4 ? 2 : 1
                if units + unitCount > wanted { break }
                units += unitCount
                offset = min(offset + width, end)
            }
            return offset
        }
    }

    public func sourceRange(of range: LSPRange, in file: SourceFile) -> SourceRange {
        SourceRange(start: offset(of: range.start, in: file), end: offset(of: range.end, in: file))
    }
}
