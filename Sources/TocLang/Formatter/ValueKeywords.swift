/// Which words in a detail's value are keywords of the language, written in lower case by the formatter.
///
/// Vocabulary words (`Implementation`, `LONG-TERM`) and the small words inside values (`month`, `to`, `by`, `in`,
/// `available`…) are read without regard to case, so writing them in lower case changes nothing but the look.
/// Ids, unit words and free words (`disaggregation age, Gender`) keep the case they were written in.
enum ValueKeywords {
    /// Details whose every word comes from a closed vocabulary.
    static let vocabularyDetails: Set<String> = [
        "phase", "horizon", "kind", "involves", "for", "evidence", "likelihood", "impact", "measure", "direction",
        "frequency",
    ]

    /// The small words each detail's value may contain.
    static let smallWords: [String: Set<String>] = [
        "from": ["month", "to"],
        "expected": ["by", "month"],
        "baseline": ["in", "at", "available", "collected", "collect", "from", "month"],
        "design": ["comparator", "comparison"],
        "evaluation": ["from", "month", "to"],
        "break-even": ["by", "month"],
        "data-sharing": ["none", "agreed", "signed", "expected", "planned", "due", "by", "month"],
    ]

    /// The values of a detail, with keyword words in lower case. In a `rules` block every detail is a rule's id
    /// and its value a severity (`off`, `warning`…), read without regard to case.
    static func normalised(_ values: [Token], detail name: String, inRulesBlock: Bool = false) -> [Token] {
        var result = values
        if inRulesBlock || vocabularyDetails.contains(name) {
            for index in result.indices where result[index].kind == .word { lower(&result[index]) }
            return result
        }
        if name == "target" {
            // `target 12 Month reviews BY month 6`: words before the first `by` are the unit, and keep their case.
            guard let by = result.firstIndex(where: { isWord($0, "by") }) else { return result }
            lower(&result[by])
            for index in result.indices.dropFirst(by + 1) where isWord(result[index], "month") {
                lower(&result[index])
            }
            return result
        }
        if name == "design", result.first?.kind == .word {
            lower(&result[0])
        }
        guard let words = smallWords[name] else { return result }
        for index in result.indices where result[index].kind == .word && words.contains(result[index].text.lowercased()) {
            lower(&result[index])
        }
        return result
    }

    private static func isWord(_ token: Token, _ word: String) -> Bool {
        token.kind == .word && token.text.lowercased() == word
    }

    private static func lower(_ token: inout Token) {
        token = Token(kind: token.kind, text: token.text.lowercased(), range: token.range)
    }
}
