/// Escaping for text from the plan that goes into DOT. Plan files come from strangers (a tender's bid), so no label
/// may inject DOT syntax, Graphviz escape sequences (`\N`, `\G`…) or markup into the rendered SVG.
///
/// Graphviz reads text in three ways, each with its own escaping (checked against Graphviz 2.43 by
/// `InjectionTests`): names and attribute values (``quoted(_:)``), HTML-like labels (``html(_:)``) and tooltips
/// (``tooltip(_:)``), which Graphviz unescapes twice and whose entities it decodes.
public enum DOTEscaping {
    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks and control characters removed.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: appendPlain(scalar, to: &result)
            }
        }
        return result + "\""
    }

    /// A DOT double-quoted string for a `tooltip`, showing `text` as written: Graphviz unescapes a tooltip twice
    /// (so a backslash takes four) and decodes entities in it (so `&` is written `&amp;`).
    public static func tooltip(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            default: appendPlain(scalar, to: &result)
            }
        }
        return result + "\""
    }

    /// Text for inside an HTML-like label (`<…>`): markup characters become entities, backslashes are escaped (Graphviz
    /// expands `\N`, `\G`… even here), control characters go.
    public static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\": result += "\\\\"
            default: appendPlain(scalar, to: &result)
            }
        }
        return result
    }

    /// Line breaks and tabs become spaces; control characters and the two non-characters XML forbids (U+FFFE,
    /// U+FFFF, which would make the SVG ill-formed or Graphviz refuse the label) are dropped.
    private static func appendPlain(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar {
        case "\n", "\r", "\t": result += " "
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { return }
            result.unicodeScalars.append(scalar)
        }
    }
}
