/// Escaping for text from the plan that goes into DOT. Plan files come from strangers (a tender's bid), so no label
/// may inject DOT syntax, Graphviz escape sequences (`\N`, `\G`…) or markup into the rendered SVG.
///
/// Graphviz reads text in three ways, each with its own escaping (checked against Graphviz 2.43 by
/// `InjectionTests`): names and attribute values (``quoted(_:)``), HTML-like labels (``html(_:)``) and tooltips
/// (``tooltip(_:)``), which Graphviz unescapes twice and whose entities it decodes.
///
/// All three work on the text's UTF-8 bytes and copy runs of ordinary bytes whole: a diagram of 1,000 elements
/// escapes some 10,000 pieces of text, and appending them character by character took most of the time spent
/// writing its DOT.
public enum DOTEscaping {
    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks and control characters removed.
    public static func quoted(_ text: String) -> String {
        escaped(text, quoted: true, specials: Self.quotedSpecials) { byte in
            switch byte {
            case UInt8(ascii: "\\"): #"\\"#
            default: #"\""#
            }
        }
    }

    /// A DOT double-quoted string for a `tooltip`, showing `text` as written: Graphviz unescapes a tooltip twice
    /// (so a backslash takes four) and decodes entities in it (so `&` is written `&amp;`).
    public static func tooltip(_ text: String) -> String {
        escaped(text, quoted: true, specials: Self.tooltipSpecials) { byte in
            switch byte {
            case UInt8(ascii: "\\"): #"\\\\"#
            case UInt8(ascii: "\""): #"\""#
            default: "&amp;"
            }
        }
    }

    /// Text for inside an HTML-like label (`<…>`): markup characters become entities, backslashes are escaped (Graphviz
    /// expands `\N`, `\G`… even here), control characters go.
    public static func html(_ text: String) -> String {
        escaped(text, quoted: false, specials: Self.htmlSpecials) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: #"\\"#
            }
        }
    }

    private static let quotedSpecials = ByteSet(#"\""#)
    private static let tooltipSpecials = ByteSet(#"\"&"#)
    private static let htmlSpecials = ByteSet(#"&<>"'\"#)

    /// A set of ASCII bytes, as two bit masks.
    private struct ByteSet {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(_ characters: String) {
            for byte in characters.utf8 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    /// The text with each byte of `specials` replaced by `replacement`, and, whatever the form: line breaks and tabs
    /// made spaces; control characters and the two non-characters XML forbids (U+FFFE, U+FFFF, which would make the
    /// SVG ill-formed or Graphviz refuse the label) dropped. In double quotes when `quoted`.
    private static func escaped(
        _ text: String, quoted: Bool, specials: ByteSet, replacement: (UInt8) -> String
    ) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            if quoted { result.append(UInt8(ascii: "\"")) }
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF; every other byte of 0x80 or above is kept.
                let isNonCharacter = byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
                guard byte < 0x20 || byte == 0x7F || isNonCharacter || specials.contains(byte) else {
                    index += 1
                    continue
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if isNonCharacter {
                    index += 3
                } else {
                    if specials.contains(byte) {
                        result.append(contentsOf: replacement(byte).utf8)
                    } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t") {
                        result.append(UInt8(ascii: " "))
                    }
                    index += 1
                }
                runStart = index
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            if quoted { result.append(UInt8(ascii: "\"")) }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
