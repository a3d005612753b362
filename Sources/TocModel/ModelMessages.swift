import TocDiagnostics
import TocLang

/// Messages the model builder gives when a detail's value cannot be understood. Sorted by id.
public enum ModelMessages {
    public static let ids = ["bad-value", "ends-before-start", "extra-value", "repeated-theory", "unknown-value", "unquoted-text"]

    static func badValue(_ property: Property, expected: String, at token: Token?) -> Diagnostic {
        let found = token.map { "found \(Wording.code(written([$0])))" } ?? "found nothing"
        return Diagnostic(
            id: "bad-value", severity: .error, message: "`\(property.name.text)` expects \(expected); \(found)",
            range: token?.range ?? .at(property.valuesRange.end),
            hint: PropertyHelp.example(for: property.name.text).map { "for example `\($0)`" }
        )
    }

    static func endsBeforeStart(_ property: Property, starts: PlanDate, ends: PlanDate) -> Diagnostic {
        Diagnostic(
            id: "ends-before-start", severity: .error, message: "the plan ends (\(ends)) before it starts (\(starts))",
            range: property.valuesRange, hint: "check the `starts` and `ends` dates"
        )
    }

    static func extraValue(_ property: Property, extra: [Token]) -> Diagnostic {
        Diagnostic(
            id: "extra-value", severity: .error, message: "unexpected \(Wording.code(written(extra))) after the value of `\(property.name.text)`",
            range: extra[0].range.union(extra.last!.range),
            hint: PropertyHelp.example(for: property.name.text).map { "write it as `\($0)`" } ?? "remove it"
        )
    }

    static func repeatedTheory(_ declaration: Declaration, first: Declaration) -> Diagnostic {
        Diagnostic(
            id: "repeated-theory", severity: .error, message: "a file holds one theory, and this is the second",
            range: declaration.headerRange, hint: "keep one `theory` line; split separate plans into separate files",
            notes: [Diagnostic.Note(message: "the first theory", range: first.headerRange)]
        )
    }

    static func unknownValue(_ token: Token, vocabulary: Vocabulary) -> Diagnostic {
        let suggestion = vocabulary.suggestion(for: token.text)
        return Diagnostic(
            id: "unknown-value", severity: .error, message: "unknown \(vocabulary.name) `\(token.text)`", range: token.range,
            hint: suggestion.map { "did you mean `\($0)`?" } ?? "use \(vocabulary.listing)",
            fixIts: suggestion.map { [FixIt(range: token.range, replacement: $0)] } ?? []
        )
    }

    static func unquotedText(_ property: Property, tokens: [Token]) -> Diagnostic {
        let range = tokens[0].range.union(tokens.last!.range)
        let text = quoted(written(tokens))
        return Diagnostic(
            id: "unquoted-text", severity: .error, message: "`\(property.name.text)` takes text in double quotes", range: range,
            hint: "write `\(property.name.text) \(text)`", fixIts: [FixIt(range: range, replacement: text)]
        )
    }

    /// Tokens as the user wrote them, near enough to quote back or to quote for them: quoted text keeps its quotes,
    /// a percentage its sign, and tokens are separated by a space only where the text had one (`staff, 2019`).
    static func written(_ tokens: [Token]) -> String {
        var result = ""
        var previousEnd: Int?
        for token in tokens {
            if let previousEnd, token.range.start > previousEnd { result += " " }
            switch token.kind {
            case .string: result += quoted(token.text)
            case .percentage: result += token.text + "%"
            default: result += token.text
            }
            previousEnd = token.range.end
        }
        return result
    }

    /// Text in double quotes, with quotes and backslashes inside escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
