/// Escaping for text from the plan that goes into DOT. Plan files come from strangers (a tender's bid), so no label
/// may inject DOT syntax, Graphviz escape sequences (`\N`, `\G`…) or markup into the rendered SVG.
public enum DOTEscaping {
    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks and control characters removed.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Text for inside an HTML-like label (`<…>`): markup characters become entities, control characters go.
    public static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
