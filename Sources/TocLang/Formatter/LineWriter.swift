/// Collects output lines, with at most one blank line between two lines and none at the start or end.
struct LineWriter {
    private(set) var lines: [String] = []
    private var blankPending = false

    /// Asks for a blank line before the next line. Several requests make one blank line; a request before the
    /// first line, or after the last, makes none.
    mutating func blankLine() {
        if !lines.isEmpty { blankPending = true }
    }

    /// Appends a line (without its line break).
    mutating func line(_ text: String) {
        if blankPending {
            lines.append("")
            blankPending = false
        }
        lines.append(text)
    }

    /// The text, each line ending with one line break; empty when there are no lines.
    var text: String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
