import TocDiagnostics

/// Breaks long labels into lines for the diagram, and shortens very long ones.
public enum LabelWrapping {
    /// Labels longer than this are cut (with "…") in the diagram; the full text stays in tooltips and reports.
    public static let maximumLength = Limits.labelLength

    /// Tooltips keep more of the text than labels, but not without limit (a huge label must not bloat the SVG).
    public static let maximumTooltipLength = Limits.tooltipLength

    /// The text, cut to at most `limit` characters with "…" when it is longer.
    public static func truncated(_ text: String, to limit: Int) -> String {
        // No text has more characters than bytes, so most labels are seen to fit without counting their characters.
        guard text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingWhitespace() + "…"
    }

    /// Splits text into lines of at most `width` characters, breaking between words where possible.
    public static func lines(_ text: String, width: Int = 26) -> [String] {
        let source = truncated(text.trimmingWhitespace(), to: maximumLength)
        // Printable ASCII (nearly every label) has one byte per character, so its words are found and measured in
        // bytes; the same breaks as `characterLines`, which counts characters one by one, several times over.
        if source.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return asciiLines(source, width: width) }
        return characterLines(source, width: width)
    }

    /// ``lines(_:width:)`` for text of printable ASCII only.
    static func asciiLines(_ source: String, width: Int) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        for word in source.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
            var word = word
            while word.count > width {
                if !current.isEmpty {
                    lines.append(String(decoding: current, as: UTF8.self))
                    current = []
                }
                lines.append(String(decoding: word.prefix(width), as: UTF8.self))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = Array(word)
            } else if current.count + 1 + word.count <= width {
                current.append(UInt8(ascii: " "))
                current += word
            } else {
                lines.append(String(decoding: current, as: UTF8.self))
                current = Array(word)
            }
        }
        if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines.isEmpty ? [""] : lines
    }

    /// ``lines(_:width:)`` for any text, counting characters (an accented letter or an emoji is one, however many
    /// bytes it takes).
    static func characterLines(_ source: String, width: Int) -> [String] {
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
