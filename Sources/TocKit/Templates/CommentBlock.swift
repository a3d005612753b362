/// Wraps prose into `#` comment lines for the starter templates.
enum CommentBlock {
    /// Lines are kept within this many characters where the words allow.
    static let width = 116

    /// The text as `# ` comment lines, each ending with a line break. A line break in the text starts a new line;
    /// `indent` is put after `# ` on every line but the first of each paragraph (for hanging lists).
    static func wrap(_ text: String, indent: String = "") -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(paragraph.prefix { $0 == " " })
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > width - 2 {
                    lines.append(line)
                    line = indent + word
                } else {
                    line += (lineHasWord ? " " : "") + word
                }
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines.map { $0.isEmpty ? "#\n" : "# " + $0 + "\n" }.joined()
    }
}
