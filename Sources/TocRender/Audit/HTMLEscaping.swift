/// The one escaping function for text from a plan that goes into the HTML audit: element content and attribute
/// values alike.
///
/// Every markup character becomes an entity (`&`, `<`, `>`, `"` and `'`), so the text can neither open a tag, close
/// the `<style>` element, nor leave a quoted attribute; control characters (other than tab and line breaks) and the
/// non-characters U+FFFE and U+FFFF are dropped. Plan text never goes into a URL: the only links in the report are
/// `#` anchors the writer makes itself.
public enum HTMLEscaping {
    /// `text` as HTML text or a (double- or single-quoted) attribute value.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
