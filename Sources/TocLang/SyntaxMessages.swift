import TocDiagnostics

/// Every message the lexer and parser can give, with its stable id. Sorted by id.
///
/// Messages are written for social-care managers, not programmers: say what is wrong in plain words, then what to
/// write instead.
public enum SyntaxMessages {
    /// All syntax diagnostic ids, for the catalogue in `docs/`.
    public static let ids = [
        "bad-date", "bad-escape", "colon-after-keyword", "curly-quotes", "declaration-indented", "detail-outside-element",
        "expected-detail", "expected-keyword", "inconsistent-indentation", "label-in-link", "line-too-long", "link-inside-element",
        "missing-id", "missing-link-end", "missing-title", "missing-value", "mixed-indentation", "repeated-detail",
        "unexpected-after-header", "unexpected-character", "unexpected-in-link", "unexpected-indentation",
        "unknown-detail", "unknown-keyword", "unterminated-string",
    ]

    static func badDate(_ text: String, reason: String, suggestion: String?, hint: String? = nil, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "bad-date", severity: .error, message: "`\(text)` is not a date: \(reason)", range: range,
            hint: suggestion.map { "write `\($0)` (\($0.count > 7 ? "year-month-day" : "year-month"))" }
                ?? hint ?? "write dates as `2019-03` (a month) or `2019-03-31` (a day)",
            fixIts: suggestion.map { [FixIt(range: range, replacement: $0)] } ?? []
        )
    }

    static func badEscape(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "bad-escape", severity: .error, message: "`\(text)` is not something a backslash can stand for in quoted text",
            range: range,
            hint: "inside quotes, write `\\\"` for a quote mark, `\\\\` for a backslash, `\\n` for a new line, or `\\u{2014}` for a character by its code"
        )
    }

    static func colonAfterKeyword(_ colon: Token, keyword: String) -> Diagnostic {
        Diagnostic(
            id: "colon-after-keyword", severity: .warning, message: "no colon is needed after `\(keyword)`", range: colon.range,
            hint: "write `\(keyword) value`; the colon has been ignored", fixIts: [FixIt(range: colon.range, replacement: "")]
        )
    }

    static func curlyQuotes(_ range: SourceRange, replacement: String) -> Diagnostic {
        Diagnostic(
            id: "curly-quotes", severity: .warning, message: "this text uses curly quotes (“ ”), probably pasted from a word processor",
            range: range, hint: "use straight quotes `\"`; the text has been read as intended",
            fixIts: [FixIt(range: range, replacement: replacement)]
        )
    }

    static func declarationIndented(_ keyword: Token) -> Diagnostic {
        Diagnostic(
            id: "declaration-indented", severity: .error,
            message: "`\(keyword.text)` starts a new element, so it cannot be indented under the one above", range: keyword.range,
            hint: "move this line (and its details) to the left margin"
        )
    }

    static func detailAtTopLevel(_ word: Token, owners: [DeclarationKind]) -> Diagnostic {
        let whose = owners.isEmpty ? "a link" : owners.map(\.withArticle).joined(separator: " or ")
        return Diagnostic(
            id: "detail-outside-element", severity: .error,
            message: "`\(word.text)` is a detail of \(whose), but it is not indented under one", range: word.range,
            hint: "indent this line under the \(owners.first?.rawValue ?? "link") it describes"
        )
    }

    static func expectedDetail(_ token: Token, kind: DeclarationKind) -> Diagnostic {
        Diagnostic(
            id: "expected-detail", severity: .error,
            message: "expected the name of a detail here, such as `\(kind.properties.first ?? "description")`", range: token.range,
            hint: "details of \(kind.withArticle) are: \(kind.properties.joined(separator: ", "))"
        )
    }

    static func expectedKeyword(_ token: Token) -> Diagnostic {
        Diagnostic(
            id: "expected-keyword", severity: .error, message: "a line at the left margin starts with what it declares",
            range: token.range,
            hint: "start it with one of: \(DeclarationKind.topLevel.map(\.rawValue).joined(separator: ", ")), or write a link such as `a -> b`"
        )
    }

    static func expectedLinkDetail(_ token: Token) -> Diagnostic {
        Diagnostic(
            id: "expected-detail", severity: .error, message: "expected `assuming` or `because` under a link", range: token.range,
            hint: "write `assuming assumption-id` or `because \"why this leads to that\"`"
        )
    }

    static func inconsistentIndentation(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "inconsistent-indentation", severity: .warning,
            message: "this line is indented differently from the lines above it at the same level", range: range,
            hint: "line up the details of one element under each other; `toc fmt` can do this for you"
        )
    }

    /// An id before a theory's title (`theory lincs "…"`), by analogy with the other elements.
    static func idOnTheory(_ words: [Token], title: Token) -> Diagnostic {
        let range = words[0].range.union(words.last!.range)
        return Diagnostic(
            id: "unexpected-after-header", severity: .error, message: "a theory has a title but no id",
            range: range, hint: "remove \(Wording.code(words.map(\.text).joined(separator: " "))); nothing links to the plan as a whole",
            fixIts: [FixIt(range: SourceRange(start: range.start, end: title.range.start), replacement: "")]
        )
    }

    static func indentedTopLevel(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "unexpected-indentation", severity: .warning, message: "the first element of the file is indented",
            range: range, hint: "start elements at the left margin and indent only their details",
            fixIts: [FixIt(range: range, replacement: "")]
        )
    }

    static func indicatorMisplaced(_ keyword: Token, kind: DeclarationKind) -> Diagnostic {
        Diagnostic(
            id: "detail-outside-element", severity: .error,
            message: "an `indicator` measures an outcome or an assumption, not \(kind.withArticle)", range: keyword.range,
            hint: "move this indicator (and its details) under the outcome it measures"
        )
    }

    static func indicatorAtTopLevel(_ keyword: Token) -> Diagnostic {
        Diagnostic(
            id: "detail-outside-element", severity: .error,
            message: "an `indicator` measures an outcome or an assumption, so it must be indented under one", range: keyword.range,
            hint: "indent this indicator (and its details) under the outcome it measures"
        )
    }

    static func labelInLink(_ token: Token) -> Diagnostic {
        Diagnostic(
            id: "label-in-link", severity: .error, message: "links connect ids, not quoted labels", range: token.range,
            hint: "use the id given after the keyword, e.g. `embed-sos -> trained-staff`"
        )
    }

    static func lineTooLong(_ range: SourceRange, length: Int) -> Diagnostic {
        Diagnostic(
            id: "line-too-long", severity: .error,
            message: "this line is \(Limits.formatted(length)) characters long; lines are limited to \(Limits.formatted(Limits.lineLength))",
            range: range,
            hint: "split it: write a long chain of links over several lines (`a -> b`, then `b -> c`), and keep labels to a "
                + "short phrase with the detail in a `description` line"
        )
    }

    static func linkInsideDeclaration(_ token: Token, kind: DeclarationKind) -> Diagnostic {
        Diagnostic(
            id: "link-inside-element", severity: .error,
            message: "a link goes on its own line at the left margin, not inside \(kind.withArticle)", range: token.range,
            hint: "move this link to the left margin; it has been read as if it were there"
        )
    }

    /// The fix-it puts the comma straight after the previous token (`a, b`), not before this one (`a , b`).
    static func missingCommaInLink(_ token: Token, after previous: Token) -> Diagnostic {
        Diagnostic(
            id: "unexpected-in-link", severity: .error, message: "two ids in a row in a link need a comma or an arrow between them",
            range: token.range,
            hint: "write `a, b -> c` for two causes of one effect, or `a -> b -> c` for a chain",
            fixIts: [FixIt(range: .at(previous.range.end), replacement: ",")]
        )
    }

    static func missingID(_ kind: DeclarationKind, keyword: Token, label: Token?, suggestedID: String?) -> Diagnostic {
        let example = suggestedID ?? "short-name"
        return Diagnostic(
            id: "missing-id", severity: .error, message: "this \(kind.rawValue) has no id", range: label?.range ?? keyword.range,
            hint: "give it a short id after `\(kind.rawValue)`, used to link it: `\(kind.rawValue) \(example) \"…\"`",
            fixIts: suggestedID.map { [FixIt(range: .at(keyword.range.end), replacement: " \($0)")] } ?? []
        )
    }

    static func missingLinkEnd(before arrow: Token) -> Diagnostic {
        Diagnostic(
            id: "missing-link-end", severity: .error, message: "this arrow has nothing before it", range: arrow.range,
            hint: "write the id of what leads to the next step, e.g. `training -> trained-staff`"
        )
    }

    static func missingLinkEnd(after token: Token) -> Diagnostic {
        Diagnostic(
            id: "missing-link-end", severity: .error, message: "this link ends without saying what it leads to",
            range: .at(token.range.end), hint: "add the id of the result after the arrow"
        )
    }

    static func missingTitle(_ keyword: Token, unquoted: [Token]) -> Diagnostic {
        let words = unquoted.map(\.text).joined(separator: " ")
        let range = unquoted.isEmpty ? .at(keyword.range.end) : unquoted[0].range.union(unquoted.last!.range)
        return Diagnostic(
            id: "missing-title", severity: .error,
            message: unquoted.isEmpty ? "the theory has no title" : "the theory's title must be in double quotes",
            range: range, hint: "write `theory \"\(words.isEmpty ? "Our project" : words)\"`",
            fixIts: unquoted.isEmpty ? [] : [FixIt(range: range, replacement: "\"\(words)\"")]
        )
    }

    static func missingValue(_ name: Token) -> Diagnostic {
        Diagnostic(
            id: "missing-value", severity: .error, message: "`\(name.text)` needs a value", range: name.range,
            hint: PropertyHelp.example(for: name.text).map { "for example `\($0)`" }
        )
    }

    static func mixedIndentation(_ range: SourceRange, lineStyle: UInt8?, fileStyle: UInt8?, tabWidth: Int) -> Diagnostic {
        func name(_ style: UInt8?) -> String { style == UInt8(ascii: "\t") ? "tabs" : "spaces" }
        let message = lineStyle == nil
            ? "this line is indented with a mix of tabs and spaces"
            : "this line is indented with \(name(lineStyle)), but the lines above use \(name(fileStyle))"
        return Diagnostic(
            // A warning: the line has been read as intended; the formatter evens the indentation out.
            id: "mixed-indentation", severity: .warning, message: message, range: range,
            hint: "indent with \(fileStyle == nil ? "spaces" : name(fileStyle)) only; a tab was counted as \(tabWidth) \(tabWidth == 1 ? "space" : "spaces") to read the rest"
        )
    }

    static func repeatedProperty(_ property: Property, earlier: Property) -> Diagnostic {
        Diagnostic(
            id: "repeated-detail", severity: .error, message: "`\(property.name.text)` is given twice", range: property.range,
            hint: "keep one; the first has been used",
            notes: [Diagnostic.Note(message: "first given here", range: earlier.range)]
        )
    }

    static func strayComma(_ comma: Token) -> Diagnostic {
        Diagnostic(
            id: "unexpected-in-link", severity: .error, message: "a comma here separates nothing", range: comma.range,
            hint: "commas go between ids: `a, b -> c`", fixIts: [FixIt(range: comma.range, replacement: "")]
        )
    }

    static func unexpectedAfterHeader(_ tokens: [Token], kind: DeclarationKind, hasLabel: Bool) -> Diagnostic {
        let range = tokens[0].range.union(tokens.last!.range)
        let words = tokens.allSatisfy { $0.kind == .word || $0.kind == .number }
        if words, !hasLabel {
            let text = tokens.map(\.text).joined(separator: " ")
            return Diagnostic(
                id: "unexpected-after-header", severity: .error, message: "the label of \(kind.withArticle) must be in double quotes",
                range: range, hint: "write `\"\(text)\"`", fixIts: [FixIt(range: range, replacement: "\"\(text)\"")]
            )
        }
        return Diagnostic(
            id: "unexpected-after-header", severity: .error, message: "unexpected text after the label", range: range,
            hint: "details go on their own indented lines below, e.g. `  phase implementation`"
        )
    }

    static func unexpectedCharacter(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "unexpected-character", severity: .error, message: "\(Wording.code(text)) cannot be used here", range: range,
            hint: "put free text in double quotes; ids use letters, digits and dashes"
        )
    }

    static func unexpectedInLink(_ token: Token) -> Diagnostic {
        Diagnostic(
            id: "unexpected-in-link", severity: .error, message: "`\(token.text)` cannot be part of a link", range: token.range,
            hint: "a link joins ids with arrows: `a -> b`; details go on indented lines below it"
        )
    }

    static func unexpectedIndentation(_ token: Token, under name: String) -> Diagnostic {
        Diagnostic(
            id: "unexpected-indentation", severity: .error, message: "nothing can be indented under `\(name)`", range: token.range,
            hint: "line this up with the other details above it"
        )
    }

    static func unknownKeyword(_ word: Token, suggestion: String?, fixIt: Bool) -> Diagnostic {
        Diagnostic(
            id: "unknown-keyword", severity: .error, message: "`\(word.text)` is not a kind of element", range: word.range,
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "elements are: \(DeclarationKind.topLevel.map(\.rawValue).joined(separator: ", "))",
            fixIts: fixIt ? suggestion.map { [FixIt(range: word.range, replacement: $0)] } ?? [] : []
        )
    }

    static func unknownLinkDetail(_ word: Token, suggestion: String?) -> Diagnostic {
        Diagnostic(
            id: "unknown-detail", severity: .error, message: "`\(word.text)` is not a detail of a link", range: word.range,
            hint: suggestion.map { "did you mean `\($0)`?" } ?? "a link takes `assuming` and `because`",
            fixIts: suggestion.map { [FixIt(range: word.range, replacement: $0)] } ?? []
        )
    }

    static func unknownProperty(_ word: Token, kind: DeclarationKind, suggestion: String?, owners: [DeclarationKind]) -> Diagnostic {
        let hint: String
        if let suggestion {
            hint = "did you mean `\(suggestion)`?"
        } else if !owners.isEmpty {
            hint = "`\(word.text)` belongs to \(owners.map(\.plural).joined(separator: " and ")); \(kind.plural) take: \(kind.properties.joined(separator: ", "))"
        } else {
            hint = "\(kind.plural) take: \((kind.properties + kind.nested.map(\.rawValue)).joined(separator: ", "))"
        }
        return Diagnostic(
            id: "unknown-detail", severity: .error, message: "`\(word.text)` is not a detail of \(kind.withArticle)",
            range: word.range, hint: hint, fixIts: suggestion.map { [FixIt(range: word.range, replacement: $0)] } ?? []
        )
    }

    /// `closing` is what the fix-it adds at the end of the line: a quote, or `\\"` when the text ends in a lone
    /// backslash (which would otherwise escape the added quote).
    static func unterminatedString(_ range: SourceRange, lineEnd: Int, closing: String = "\"") -> Diagnostic {
        Diagnostic(
            id: "unterminated-string", severity: .error, message: "this quoted text has no closing quote", range: range,
            hint: "add `\"` at the end of the text; quoted text cannot run over several lines (write `\\n` for a line break)",
            fixIts: [FixIt(range: .at(lineEnd), replacement: closing)]
        )
    }
}
