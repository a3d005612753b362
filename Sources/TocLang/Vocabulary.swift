import TocDiagnostics

/// A closed set of words a detail accepts (phases, horizons…), with the other spellings people commonly use.
public struct Vocabulary: Sendable {
    /// What the words are, as a noun for messages ("unknown phase `x`", "unknown group of people `x`").
    public let name: String
    /// The canonical words, in order.
    public let words: [String]
    /// Accepted alternative spellings, mapped to their canonical word.
    public let aliases: [String: String]

    public init(name: String, words: [String], aliases: [String: String] = [:]) {
        self.name = name
        self.words = words
        self.aliases = aliases
    }

    /// The canonical word for `text`, if it is one of the words or an accepted spelling (case-insensitive).
    public func canonical(_ text: String) -> String? {
        let lowered = text.lowercasedKeyword()
        if words.contains(lowered) { return lowered }
        return aliases[lowered]
    }

    /// The closest word, for "did you mean".
    public func suggestion(for text: String) -> String? {
        guard let match = closestSpelling(text) else { return nil }
        return canonical(match)
    }

    private func closestSpelling(_ text: String) -> String? {
        Suggestions.closest(to: text, among: words + aliases.keys.sorted())
    }

    /// "planning, design, set-up, implementation or embedding".
    public var listing: String {
        words.count <= 1 ? words.joined() : words.dropLast().map { "`\($0)`" }.joined(separator: ", ") + " or `\(words.last!)`"
    }
}

extension Vocabulary {
    /// Activity phases, in the order projects move through them (DfE Round 2 final report, recommendations).
    public static let phase = Vocabulary(
        name: "phase",
        words: ["planning", "design", "set-up", "implementation", "embedding"],
        aliases: ["setup": "set-up", "set_up": "set-up", "plan": "planning", "implement": "implementation",
                  "delivery": "implementation", "embed": "embedding", "sustainability": "embedding"]
    )

    /// Outcome horizons, in order.
    public static let horizon = Vocabulary(
        name: "horizon",
        words: ["immediate", "intermediate", "long-term"],
        aliases: ["short-term": "immediate", "shorter-term": "immediate", "medium-term": "intermediate",
                  "longer-term": "long-term", "longterm": "long-term", "long": "long-term"]
    )

    /// What kind of plan a theory is.
    public static let theoryKind = Vocabulary(
        name: "kind of plan",
        words: ["system-change", "targeted-service"],
        aliases: ["whole-system": "system-change", "targeted": "targeted-service", "service": "targeted-service"]
    )

    /// What an activity involves, where it matters for lead-in times and plausibility.
    public static let involvement = Vocabulary(
        name: "kind of change",
        words: ["restructuring", "new-commissioning", "new-delivery-model", "deregulation", "training"],
        aliases: ["commissioning": "new-commissioning", "delivery-model": "new-delivery-model",
                  "de-regulation": "deregulation", "restructure": "restructuring"]
    )

    /// Whom an outcome is for (the groups of the Round 2 report's Table 1).
    public static let beneficiary = Vocabulary(
        name: "group of people",
        words: ["children", "young-people", "care-leavers", "families", "parents", "carers", "staff", "workforce", "services"],
        aliases: ["child": "children", "family": "families", "parent": "parents", "carer": "carers",
                  "young-person": "young-people", "care-leaver": "care-leavers", "service": "services"]
    )

    /// How strong the evidence behind an assumption is.
    public static let evidence = Vocabulary(
        name: "level of evidence", words: ["strong", "moderate", "weak", "none"], aliases: ["good": "strong", "limited": "weak"]
    )

    /// Likelihood and impact of a risk.
    public static let level = Vocabulary(name: "level", words: ["low", "medium", "high"], aliases: ["med": "medium"])
}
