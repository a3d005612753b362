/// Writes the values of a detail line: one space between tokens, a comma straight after the token before it, and
/// lists of words as `a, b, c`.
enum ValuePrinter {
    /// Details whose value is a list of ids or words, where commas between items are optional when reading.
    static let listDetails: Set<String> = [
        "uses", "features", "involves", "for", "contributes-to", "affects", "assuming", "disaggregation",
    ]

    /// The detail's values as text, after its name and a space (empty when there are none).
    static func text(of property: Property, inRulesBlock: Bool = false) -> String {
        let name = property.name.text
        let values = ValueKeywords.normalised(property.values.array, detail: name, inRulesBlock: inRulesBlock)
        let items = values.filter { $0.kind != .comma }
        if listDetails.contains(name), !items.isEmpty, items.allSatisfy({ $0.kind == .word }) {
            return items.map(\.text).joined(separator: ", ")
        }
        return join(values)
    }

    /// Tokens separated by single spaces, with each comma written straight after the token before it.
    static func join(_ tokens: [Token]) -> String {
        var result = ""
        for token in tokens {
            if !result.isEmpty, token.kind != .comma { result += " " }
            result += text(of: token)
        }
        return result
    }

    /// A token as it is written in canonical form.
    static func text(of token: Token) -> String {
        switch token.kind {
        case .string: QuotedText.quote(token.text)
        case .percentage: token.text + "%"
        case .arrow: "->"
        case .comma: ","
        case .colon: ":"
        case .word, .number, .date, .invalid: token.text
        }
    }
}
