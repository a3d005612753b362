/// Writes a random plan as a hurried person might, in ways the language accepts without syntax errors: odd
/// indentation (spaces or tabs, never both), extra spaces and tabs between tokens, details in any order, commas
/// left out or doubled in lists, keywords in any case, colons after keywords, curly quotes, `→`, escapes where none
/// are needed, trailing white space, runs of blank lines, Windows line endings and a byte-order mark.
struct RandomPlanWriter {
    var dice: Dice
    private var lines: [String] = []
    private var indentUnit = "  "

    init(dice: Dice) {
        self.dice = dice
    }

    mutating func write(_ statements: [PlanStatement]) -> String {
        indentUnit = dice.pick(["  ", " ", "    ", "\t", "   "])
        for _ in 0..<dice.int(0...2) { lines.append(dice.chance(0.5) ? "" : "  ") }
        for statement in statements {
            write(statement, depth: 0)
            for _ in 0..<dice.int(0...2) { lines.append("") }
        }
        if dice.chance(0.2) { lines.append("# " + dice.comment()) }
        let ending = dice.chance(0.2) ? "\r\n" : "\n"
        var text = lines.joined(separator: ending)
        if dice.chance(0.7) { text += ending }
        if dice.chance(0.1) { text = "\u{FEFF}" + text }
        return text
    }

    private mutating func write(_ statement: PlanStatement, depth: Int) {
        switch statement {
        case .line(let line):
            write(line, depth: depth)
        case .block(let line, let members):
            write(line, depth: depth)
            for member in members {
                if dice.chance(0.1) { lines.append("") }
                write(member, depth: depth + 1)
            }
        }
    }

    private mutating func write(_ line: PlanLine, depth: Int) {
        let indent = String(repeating: indentUnit, count: depth)
        for comment in line.leadingComments {
            lines.append(indent + "#" + comment)
        }
        var text = indent
        for (index, piece) in line.pieces.enumerated() {
            if index > 0 { text += separator(before: piece, isList: line.isList) }
            text += spelling(of: piece, isFirst: index == 0, isList: line.isList)
            if index == 0, line.pieces.count > 1, !isLink(line), dice.chance(0.1) { text += ":" }
        }
        if let comment = line.trailingComment {
            text += dice.pick(["  ", " ", "\t", ""]) + "#" + comment
        }
        if dice.chance(0.1) { text += dice.pick([" ", "   ", "\t"]) }
        lines.append(text)
    }

    private func isLink(_ line: PlanLine) -> Bool {
        line.pieces.contains { if case .arrow = $0 { true } else { false } }
    }

    private mutating func separator(before piece: Piece, isList: Bool) -> String {
        if case .comma = piece, dice.chance(0.5) { return "" }
        return dice.pick([" ", " ", " ", "  ", "\t"])
    }

    private mutating func spelling(of piece: Piece, isFirst: Bool, isList: Bool) -> String {
        switch piece {
        case .keyword(let word):
            return dice.pick([word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()])
        case .word(let word):
            return word
        case .raw(let text):
            return text
        case .text(let text):
            return quoted(text)
        case .arrow:
            return dice.chance(0.2) ? "→" : "->"
        case .comma:
            // In a list of details, commas are optional and stray ones are ignored.
            guard isList else { return "," }
            return dice.pick([",", ",", "", ",,"])
        }
    }

    private mutating func quoted(_ text: String) -> String {
        var body = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": body += "\\\\"
            case "\"": body += "\\\""
            case "\n": body += "\\n"
            case "\t": body += dice.chance(0.5) ? "\\t" : "\t"
            case "—": body += dice.chance(0.5) ? "\\u{2014}" : "—"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    body += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    body.unicodeScalars.append(scalar)
                }
            }
        }
        let curlyAllowed = !text.contains("“") && !text.contains("”")
        return curlyAllowed && dice.chance(0.15) ? "“" + body + "”" : "\"" + body + "\""
    }
}
