/// Writes text between straight double quotes, escaping only what must be escaped.
enum QuotedText {
    /// `He said "no"` becomes `"He said \"no\""`. A new line or tab in the text becomes `\n` or `\t`; other
    /// invisible control characters and line separators become `\u{…}` so the text stays on one visible line.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }
}
