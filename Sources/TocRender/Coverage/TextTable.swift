/// A plain-text table for the terminal: columns padded to their widest cell (cells cut to a maximum width with "…"),
/// two spaces between columns, no trailing spaces.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// The widest a cell may be before it is cut.
    var maximumWidth = 40

    init(_ header: [String]) {
        self.header = header
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table's lines, each indented by `indent` spaces.
    func lines(indent: Int = 2) -> [String] {
        let all = ([header] + rows).map { row in row.map { cut(Self.plain($0)) } }
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let prefix = String(repeating: " ", count: indent)
        return all.map { row in
            let padded = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            return prefix + padded.joined(separator: "  ").trailingSpacesRemoved()
        }
    }

    private func cut(_ text: String) -> String {
        text.count <= maximumWidth ? text : String(text.prefix(maximumWidth - 1)) + "…"
    }

    /// Terminal text from plan text: line breaks, tabs and control characters (which could move the cursor or
    /// change colours) become spaces.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
        }))
    }
}

extension String {
    func trailingSpacesRemoved() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
