/// The format for people: a `file:line:col: severity[id]: message` heading, the source line with a caret under
/// the offending text, notes with their own snippets, and the hint.
///
/// ```
/// plan.toc:12:9: error[unknown-phase]: unknown phase `implemention`
///    |
/// 12 |   phase implemention
///    |         ^^^^^^^^^^^^
///    = hint: did you mean `implementation`?
/// ```
public struct AnnotatedFormatter: DiagnosticFormatter {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func format(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        diagnostics.map { format($0, in: file) }.joined(separator: "\n")
    }

    public func format(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let start = file.location(of: diagnostic.range.start)
        var lines: [String] = []
        let heading = style.severity(diagnostic.severity, "\(diagnostic.severity.rawValue)[\(diagnostic.id)]")
        lines.append(style.bold("\(file.path):\(start.line):\(start.column):") + " " + heading + ": "
            + style.bold(diagnostic.message))
        let gutterWidth = String(maxLine(of: diagnostic, in: file)).count
        lines += snippet(diagnostic.range, in: file, gutterWidth: gutterWidth, caret: "^") {
            style.severity(diagnostic.severity, $0)
        }
        for note in diagnostic.notes {
            let location = file.location(of: note.range.start)
            lines.append(pad("", gutterWidth) + style.gutter(" = ") + style.bold("note:") + " \(note.message) "
                + "(\(file.path):\(location.line):\(location.column))")
            lines += snippet(note.range, in: file, gutterWidth: gutterWidth, caret: "-", paint: style.gutter)
        }
        if let hint = diagnostic.hint {
            lines.append(pad("", gutterWidth) + style.gutter(" = ") + style.hint("hint:") + " \(hint)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func maxLine(of diagnostic: Diagnostic, in file: SourceFile) -> Int {
        ([diagnostic.range] + diagnostic.notes.map(\.range)).map { file.location(of: $0.start).line }.max() ?? 1
    }

    /// The source line of `range` with `caret` repeated under the range, painted by `paint` (the diagnostic's severity
    /// colour for its own range, the gutter colour for notes).
    private func snippet(
        _ range: SourceRange, in file: SourceFile, gutterWidth: Int, caret: Character, paint: (String) -> String
    ) -> [String] {
        let start = file.location(of: range.start)
        if let clipped = clippedSnippet(range, line: start.line, in: file, gutterWidth: gutterWidth, caret: caret, paint: paint) {
            return clipped
        }
        let lineText = file.lineText(start.line)
        let prefix = String(lineText.prefix(start.column - 1))
        let endLocation = file.location(of: range.end)
        let width: Int
        if endLocation.line == start.line {
            width = max(1, endLocation.column - start.column)
        } else {
            width = max(1, lineText.count - (start.column - 1))
        }
        // Keep tabs so the caret lines up whatever the tab width.
        let indent = String(prefix.map { $0 == "\t" ? "\t" : " " })
        let bar = style.gutter("|")
        return [
            pad("", gutterWidth) + " " + bar,
            style.gutter(pad(String(start.line), gutterWidth)) + " " + bar + " " + lineText,
            pad("", gutterWidth) + " " + bar + " " + indent + paint(String(repeating: caret, count: width)),
        ]
    }

    /// Lines longer than this many bytes are shown clipped to the part around the range, marked with "…", so a
    /// finding on a very long line prints a short snippet (and many findings on it do not print it many times).
    static let maximumSnippetBytes = 240
    /// How much of a long line to show before the range, and after it, in bytes.
    private static let clippedContext = 60

    /// The snippet of a range on a line longer than ``maximumSnippetBytes``, or nil for a shorter line.
    private func clippedSnippet(
        _ range: SourceRange, line: Int, in file: SourceFile, gutterWidth: Int, caret: Character, paint: (String) -> String
    ) -> [String]? {
        let bytes = file.utf8
        let lineStart = file.lineStarts[line - 1]
        var lineEnd = line < file.lineStarts.count ? file.lineStarts[line] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\n") || bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        guard lineEnd - lineStart > Self.maximumSnippetBytes else { return nil }
        /// Moves an offset back to the start of the character it is in.
        func characterStart(_ offset: Int) -> Int {
            var offset = offset
            while offset > lineStart, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        }
        let rangeStart = min(max(range.start, lineStart), lineEnd)
        let rangeEnd = min(max(range.end, rangeStart), lineEnd, rangeStart + Self.maximumSnippetBytes - 2 * Self.clippedContext)
        let from = characterStart(max(lineStart, rangeStart - Self.clippedContext))
        let to = characterStart(min(lineEnd, rangeEnd + Self.clippedContext))
        let text = { (start: Int, end: Int) in file.text(in: SourceRange(start: start, end: max(start, end))) }
        let before: String = from > lineStart ? "…" : ""
        let after: String = to < lineEnd ? "…" : ""
        let shown: String = before + text(from, to) + after
        // Keep tabs so the caret lines up whatever the tab width.
        let indent = String((before + text(from, rangeStart)).map { $0 == "\t" ? "\t" : " " })
        let width = max(1, text(rangeStart, characterStart(rangeEnd)).count)
        let bar = style.gutter("|")
        let carets = paint(String(repeating: caret, count: width))
        return [
            pad("", gutterWidth) + " " + bar,
            style.gutter(pad(String(line), gutterWidth)) + " " + bar + " " + shown,
            pad("", gutterWidth) + " " + bar + " " + indent + carets,
        ]
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
