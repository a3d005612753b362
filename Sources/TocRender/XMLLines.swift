/// Escaping for text from the plan that goes into XML (the IATI export).
public enum XMLEscaping {
    /// Character data or an attribute value: markup characters as entities; characters XML 1.0 cannot carry
    /// (control characters other than tab and line breaks, U+FFFE and U+FFFF) dropped.
    public static func text(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for inside a comment, which may not contain `--` (nor end in `-`).
    public static func comment(_ text: String) -> String {
        var result = Self.text(text)
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "- -") }
        if result.hasSuffix("-") { result += " " }
        return result
    }
}

/// Accumulates indented XML lines; every attribute value and text is escaped here.
struct XMLLines {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: [String: String]) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    mutating func element(_ name: String, text: String) {
        line("<\(name)>\(XMLEscaping.text(text))</\(name)>")
    }

    /// Attributes in name order, so output is deterministic.
    private static func attributes(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(XMLEscaping.text($0.value))\"" }.joined()
    }
}
