import TocDiagnostics

/// Breaks long labels into lines for the diagram, and shortens very long ones.
public enum LabelWrapping {
    /// Labels longer than this are cut (with "…") in the diagram; the full text stays in tooltips and reports.
    public static let maximumLength = Limits.labelLength

    /// Tooltips keep more of the text than labels, but not without limit (a huge label must not bloat the SVG).
    public static let maximumTooltipLength = Limits.tooltipLength

    /// The text, cut to at most `limit` characters with "…" when it is longer.
    public static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingWhitespace() + "…"
    }

    /// Splits text into lines of at most `width` characters, breaking between words where possible.
    public static func lines(_ text: String, width: Int = 26) -> [String] {
        let source = truncated(text.trimmingWhitespace(), to: maximumLength)
        var lines: [String] = []
        var current = ""
        for word in source.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
