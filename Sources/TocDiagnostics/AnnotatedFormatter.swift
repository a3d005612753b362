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

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
