import TocDiagnostics

/// Splits `.toc` text into lines of tokens. Never fails: every problem becomes a diagnostic and the lexer carries on.
///
/// Works on UTF-8 bytes for speed; words may contain any non-ASCII letters.
public struct Lexer {
    private let bytes: [UInt8]
    private var diagnostics: [Diagnostic] = []
    /// Every token of the file, in order; each line refers to its part (``LexedLine/tokenRange``).
    private var tokens: [Token] = []
    private var indentStyle: UInt8?  // the first indentation character seen: space or tab
    /// How far a tab advances, to recover from mixed indentation: the width of the file's first line indented with
    /// spaces (its indentation step, so that a stray tab lines up with the lines around it), or 4.
    private var tabWidth = 4

    public init(_ file: SourceFile) {
        self.bytes = file.utf8
    }

    /// Lexes the whole file.
    public static func lex(_ file: SourceFile) -> (lines: [LexedLine], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file)
        let lines = lexer.lexLines(file)
        return (lines, lexer.diagnostics)
    }

    private mutating func lexLines(_ file: SourceFile) -> [LexedLine] {
        var lines: [LexedLine] = []
        lines.reserveCapacity(file.lineStarts.count)
        // About one token for every six bytes of a typical plan: one allocation, or two, for the whole file.
        tokens.reserveCapacity(bytes.count / 6 + 16)
        for (index, start) in file.lineStarts.enumerated() {
            var end = index + 1 < file.lineStarts.count ? file.lineStarts[index + 1] - 1 : bytes.count
            if start == bytes.count, index > 0 { break }
            while end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end - start > Limits.lineLength { checkLineLength(start: start, end: end) }
            lines.append(lexLine(number: index + 1, start: index == 0 ? skipBOM(start) : start, end: end))
        }
        // Only now that the array is complete may lines share it: sharing it earlier would make every later append
        // copy the whole array.
        for index in lines.indices where !lines[index].tokenRange.isEmpty {
            lines[index].tokens = TokenList(tokens[lines[index].tokenRange])
        }
        return lines
    }

    /// Reports a line longer than ``Limits/lineLength`` characters, from its first character beyond the limit. The
    /// line is still read whole.
    private mutating func checkLineLength(start: Int, end: Int) {
        var characters = 0
        var beyond: Int?
        for position in start..<end where bytes[position] & 0xC0 != 0x80 {  // the first byte of each character
            characters += 1
            if characters == Limits.lineLength + 1 { beyond = position }
        }
        guard let beyond else { return }
        diagnostics.append(SyntaxMessages.lineTooLong(SourceRange(start: beyond, end: end), length: characters))
    }

    private func skipBOM(_ start: Int) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : start
    }

    private mutating func lexLine(number: Int, start: Int, end: Int) -> LexedLine {
        var position = start
        var width = 0
        var sawSpace = false
        var sawTab = false
        // A no-break space (pasted from a word processor) indents like a space.
        while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
            || (bytes[position] == Self.noBreakSpace[0] && matches(Self.noBreakSpace, at: position, end: end)) {
            if bytes[position] == UInt8(ascii: "\t") {
                sawTab = true
                width = (width / tabWidth + 1) * tabWidth  // to the next tab stop, as an editor shows it
                position += 1
            } else {
                sawSpace = true
                width += 1
                position += bytes[position] == UInt8(ascii: " ") ? 1 : Self.noBreakSpace.count
            }
        }
        let indentRange = SourceRange(start: start, end: position)
        let firstToken = tokens.count
        var comment: Comment?
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                position += 1
            case UInt8(ascii: "#"):
                let text = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
                comment = Comment(text: text, range: SourceRange(start: position, end: end))
                position = end
            case UInt8(ascii: "\""):
                tokens.append(lexString(from: position, end: end, closing: [UInt8(ascii: "\"")], curly: false, advancing: &position))
            case UInt8(ascii: ","):
                tokens.append(Token(kind: .comma, text: ",", range: SourceRange(start: position, end: position + 1)))
                position += 1
            case UInt8(ascii: ":"):
                tokens.append(Token(kind: .colon, text: ":", range: SourceRange(start: position, end: position + 1)))
                position += 1
            case UInt8(ascii: "-") where position + 1 < end && bytes[position + 1] == UInt8(ascii: ">"):
                tokens.append(Token(kind: .arrow, text: "->", range: SourceRange(start: position, end: position + 2)))
                position += 2
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                tokens.append(lexNumberOrDate(from: position, end: end, advancing: &position))
            default:
                // Only a byte of a multi-byte character can start a curly quote, an arrow or a no-break space.
                if byte >= 0x80, let special = lexSpecialUnicode(at: position, end: end, advancing: &position) {
                    if let special { tokens.append(special) }
                } else if isWordStart(byte) {
                    tokens.append(lexWord(from: position, end: end, advancing: &position))
                } else {
                    // One message for a whole run of characters that cannot start anything (`%%%`, `{…}`).
                    var length = scalarLength(at: position, end: end)
                    while position + length < end, !startsToken(bytes[position + length]) {
                        length += scalarLength(at: position + length, end: end)
                    }
                    let range = SourceRange(start: position, end: position + length)
                    let text = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
                    diagnostics.append(SyntaxMessages.unexpectedCharacter(text, range))
                    tokens.append(Token(kind: .invalid, text: text, range: range))
                    position += length
                }
            }
        }
        // Only statements are checked: the indentation of a comment line carries no meaning.
        if sawSpace || sawTab, tokens.count > firstToken {
            checkIndentation(indentRange, width: width, sawSpace: sawSpace, sawTab: sawTab)
        }
        return LexedLine(
            number: number, indent: width, indentRange: indentRange, tokens: [], comment: comment,
            range: SourceRange(start: start, end: end), tokenRange: firstToken..<tokens.count
        )
    }

    private mutating func checkIndentation(_ range: SourceRange, width: Int, sawSpace: Bool, sawTab: Bool) {
        if sawSpace && sawTab {
            diagnostics.append(SyntaxMessages.mixedIndentation(range, lineStyle: nil, fileStyle: indentStyle, tabWidth: tabWidth))
            return
        }
        let style = sawTab ? UInt8(ascii: "\t") : UInt8(ascii: " ")
        if let indentStyle, indentStyle != style {
            diagnostics.append(SyntaxMessages.mixedIndentation(range, lineStyle: style, fileStyle: indentStyle, tabWidth: tabWidth))
        } else if indentStyle == nil {
            indentStyle = style
            if style == UInt8(ascii: " ") { tabWidth = width }
        }
    }

    /// Whether a byte can begin a token or separate tokens (so a run of unexpected characters stops before it).
    private func startsToken(_ byte: UInt8) -> Bool {
        isWordStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: ","),
                UInt8(ascii: ":"), UInt8(ascii: "-")].contains(byte)
    }

    // MARK: - Words

    private func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isWordStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private mutating func lexWord(from start: Int, end: Int, advancing position: inout Int) -> Token {
        var cursor = start
        while cursor < end, isWordByte(bytes[cursor]) {
            if bytes[cursor] == UInt8(ascii: "-"), cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: ">") { break }
            if bytes[cursor] >= 0x80, isSpecialUnicode(at: cursor, end: end) { break }
            cursor += 1
        }
        position = cursor
        let range = SourceRange(start: start, end: cursor)
        return Token(kind: .word, text: String(decoding: bytes[start..<cursor], as: UTF8.self), range: range)
    }

    // MARK: - Unicode look-alikes pasted from word processors

    private static let leftDoubleQuote: [UInt8] = [0xE2, 0x80, 0x9C]
    private static let rightDoubleQuote: [UInt8] = [0xE2, 0x80, 0x9D]
    private static let rightArrow: [UInt8] = [0xE2, 0x86, 0x92]
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    /// Arrows a word processor may produce from `->`: `⟶`, and `–>`/`—>` (an en or em dash before `>`).
    private static let otherArrows: [[UInt8]] = [[0xE2, 0x9F, 0xB6], [0xE2, 0x80, 0x93, 0x3E], [0xE2, 0x80, 0x94, 0x3E]]
    private static let arrows = [rightArrow] + otherArrows
    private static let specialSequences = [leftDoubleQuote, rightDoubleQuote, rightArrow, noBreakSpace] + otherArrows

    private func matches(_ sequence: [UInt8], at position: Int, end: Int) -> Bool {
        position + sequence.count <= end && bytes[position..<(position + sequence.count)].elementsEqual(sequence)
    }

    private func isSpecialUnicode(at position: Int, end: Int) -> Bool {
        Self.specialSequences.contains { matches($0, at: position, end: end) }
    }

    /// Handles curly quotes, `→` and its look-alikes, and no-break spaces. Returns nil when the byte starts none of them; `.some(nil)`
    /// when it was white space.
    private mutating func lexSpecialUnicode(at start: Int, end: Int, advancing position: inout Int) -> Token?? {
        if matches(Self.noBreakSpace, at: start, end: end) {
            position = start + 2
            return .some(nil)
        }
        for arrow in Self.arrows where matches(arrow, at: start, end: end) {
            position = start + arrow.count
            return .some(Token(kind: .arrow, text: "->", range: SourceRange(start: start, end: position)))
        }
        if matches(Self.leftDoubleQuote, at: start, end: end) || matches(Self.rightDoubleQuote, at: start, end: end) {
            return .some(lexString(from: start, end: end, closing: [], curly: true, advancing: &position))
        }
        return nil
    }

    // MARK: - Strings

    private mutating func lexString(
        from start: Int, end: Int, closing: [UInt8], curly: Bool, advancing position: inout Int
    ) -> Token {
        if !curly, let close = plainStringEnd(from: start + 1, end: end) {
            position = close + 1
            return Token(
                kind: .string, text: String(decoding: bytes[(start + 1)..<close], as: UTF8.self),
                range: SourceRange(start: start, end: close + 1)
            )
        }
        var cursor = start + (curly ? 3 : 1)
        var value: [UInt8] = []
        var closed = false
        var danglingBackslash = false
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                cursor += 1
                closed = true
                break
            }
            // Only text opened with a curly quote ends at one; inside straight quotes, curly ones are text.
            if curly, matches(Self.rightDoubleQuote, at: cursor, end: end) || matches(Self.leftDoubleQuote, at: cursor, end: end) {
                cursor += 3
                closed = true
                break
            }
            if byte == UInt8(ascii: "\\") {
                danglingBackslash = cursor + 1 == end
                cursor = lexEscape(at: cursor, end: end, into: &value)
                continue
            }
            value.append(byte)
            cursor += 1
        }
        position = cursor
        let range = SourceRange(start: start, end: cursor)
        if !closed {
            diagnostics.append(SyntaxMessages.unterminatedString(range, lineEnd: end, closing: danglingBackslash ? "\\\"" : "\""))
        }
        if curly {
            let straight = "\"" + escapeForStraightQuotes(value) + "\""
            diagnostics.append(SyntaxMessages.curlyQuotes(range, replacement: straight))
        }
        return Token(kind: .string, text: String(decoding: value, as: UTF8.self), range: range)
    }

    /// The position of the closing quote of straight-quoted text without escapes, or nil when the text has an
    /// escape or no closing quote. Most labels are such text, and are then taken whole rather than byte by byte.
    private func plainStringEnd(from start: Int, end: Int) -> Int? {
        var cursor = start
        while cursor < end {
            switch bytes[cursor] {
            case UInt8(ascii: "\""): return cursor
            case UInt8(ascii: "\\"): return nil
            default: cursor += 1
            }
        }
        return nil
    }

    private func escapeForStraightQuotes(_ value: [UInt8]) -> String {
        String(decoding: value, as: UTF8.self).replacingBackslashesAndQuotes()
    }

    /// Decodes one escape starting at a backslash; returns the position after it.
    private mutating func lexEscape(at start: Int, end: Int, into value: inout [UInt8]) -> Int {
        guard start + 1 < end else {
            diagnostics.append(SyntaxMessages.badEscape("\\", SourceRange(start: start, end: start + 1)))
            return start + 1
        }
        switch bytes[start + 1] {
        case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "u"):
            return lexUnicodeEscape(at: start, end: end, into: &value)
        default:
            let length = scalarLength(at: start + 1, end: end)
            let range = SourceRange(start: start, end: start + 1 + length)
            diagnostics.append(SyntaxMessages.badEscape(String(decoding: bytes[range.start..<range.end], as: UTF8.self), range))
            value.append(contentsOf: bytes[(start + 1)..<(start + 1 + length)])
            return start + 1 + length
        }
        return start + 2
    }

    /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar.
    private mutating func lexUnicodeEscape(at start: Int, end: Int, into value: inout [UInt8]) -> Int {
        var cursor = start + 2
        guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else {
            diagnostics.append(SyntaxMessages.badEscape("\\u", SourceRange(start: start, end: cursor)))
            return cursor
        }
        cursor += 1
        var digits = ""
        while cursor < end, bytes[cursor] != UInt8(ascii: "}"), bytes[cursor] != UInt8(ascii: "\""), digits.count <= 8 {
            digits.append(Character(Unicode.Scalar(bytes[cursor])))
            cursor += 1
        }
        let closed = cursor < end && bytes[cursor] == UInt8(ascii: "}")
        if closed { cursor += 1 }
        let range = SourceRange(start: start, end: cursor)
        if closed, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) {
            value.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else {
            diagnostics.append(SyntaxMessages.badEscape(String(decoding: bytes[start..<cursor], as: UTF8.self), range))
        }
        return cursor
    }

    // MARK: - Numbers and dates

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func lexNumberOrDate(from start: Int, end: Int, advancing position: inout Int) -> Token {
        var cursor = start
        // Take the whole run of digits, dots, dashes and slashes, so that `2019-13-40` or `31/03/2019` is seen whole.
        while cursor < end {
            let byte = bytes[cursor]
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let joins = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/"))
                && cursor + 1 < end && bytes[cursor + 1] >= UInt8(ascii: "0") && bytes[cursor + 1] <= UInt8(ascii: "9")
            guard isDigit || joins else { break }
            cursor += 1
        }
        var text = String(decoding: bytes[start..<cursor], as: UTF8.self)
        // Thousands separators, as managers write them (`3,374`): a comma followed by exactly three digits, with no
        // space, continues the number. (A list of numbers is never written without spaces.)
        if text.utf8.count <= 3, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            var grouped = cursor
            while grouped + 3 < end, bytes[grouped] == UInt8(ascii: ","),
                  (1...3).allSatisfy({ isDigit(bytes[grouped + $0]) }),
                  grouped + 4 >= end || !isDigit(bytes[grouped + 4]) {
                grouped += 4
            }
            if grouped > cursor {
                text = String(decoding: bytes[start..<grouped].filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
                cursor = grouped
            }
        }
        var range = SourceRange(start: start, end: cursor)
        position = cursor
        if cursor < end, bytes[cursor] == UInt8(ascii: "%"), DateLiteral.isPlainNumber(text) {
            position = cursor + 1
            range.end = cursor + 1
            return Token(kind: .percentage, text: text, range: range)
        }
        if DateLiteral.isPlainNumber(text) {
            if cursor < end, isWordStart(bytes[cursor]) {
                // `12months`: a number glued to a word. Lex the word separately; the parser reports what it expects.
                return Token(kind: .number, text: text, range: range)
            }
            return Token(kind: .number, text: text, range: range)
        }
        switch DateLiteral.parse(text) {
        case .valid:
            return Token(kind: .date, text: text, range: range)
        case .invalid(let reason, let suggestion, let hint):
            diagnostics.append(SyntaxMessages.badDate(text, reason: reason, suggestion: suggestion, hint: hint, range))
            return Token(kind: .invalid, text: text, range: range)
        }
    }

    private func scalarLength(at position: Int, end: Int) -> Int {
        let byte = bytes[position]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(length, end - position)
    }
}

extension String {
    /// Escapes backslashes and straight double quotes, so the text can sit inside `"…"`.
    func replacingBackslashesAndQuotes() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }
}
