/// Escaping for text from a plan that goes into the Markdown audit, so that it cannot add markup, links or HTML.
enum MarkdownText {
    /// Plain text: characters that make Markdown markup are backslash-escaped, `<`, `>` and `&` become entities (so no
    /// HTML gets through), line breaks become spaces, and a leading character that would start a list, quote or
    /// heading is escaped.
    static func escape(_ text: String) -> String {
        var result = inline(text)
        if let first = result.first, "-+=".contains(first) { result = "\\" + result }
        if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex, result[dot] == "." {
            result.insert("\\", at: dot)
        }
        return result
    }

    /// Plain text inside a line (a table cell, say), where nothing can start a list or a heading: markup characters
    /// backslash-escaped, `<`, `>` and `&` as entities, line breaks as spaces, control characters dropped.
    static func inline(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~": result += "\\" + String(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A code span holding `text` exactly: fenced with more backticks than it contains; in a table, `|` is escaped
    /// (GitHub's tables split cells on it even inside code).
    static func code(_ text: String, inTable: Bool = false) -> String {
        var content = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": content += " "
            case "|" where inTable: content += "\\|"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                content.unicodeScalars.append(scalar)
            }
        }
        var longest = 0
        var run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") || content.isEmpty ? " \(content) " : content
        return fence + padded + fence
    }

    /// A sentence, its ids as code.
    static func rich(_ text: AuditText, inTable: Bool = false) -> String {
        text.pieces.map { piece in
            switch piece {
            case .text(let text): escape(text)
            case .code(let code): self.code(code, inTable: inTable)
            }
        }.joined()
    }

    /// Text where backticks mark code (rule messages and hints).
    static func marked(_ text: String, inTable: Bool = false) -> String {
        guard text.count(where: { $0 == "`" }) % 2 == 0 else { return escape(text) }
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false).enumerated().compactMap { index, part -> AuditText.Piece? in
            index % 2 == 1 ? .code(String(part)) : part.isEmpty ? nil : .text(String(part))
        }
        return rich(AuditText(pieces), inTable: inTable)
    }

    /// A relative path for a link or image: characters other than letters, digits and `-._~/` percent-encoded.
    static func path(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if (byte < 0x80 && (character.isLetter || character.isNumber)) || "-._~/".contains(character) {
                result.append(character)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
