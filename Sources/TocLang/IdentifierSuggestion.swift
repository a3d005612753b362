/// Makes a short id from a label, for the fix-it offered when a declaration has no id:
/// `"Embed Signs of Safety across services"` → `embed-signs-of-safety`.
public enum IdentifierSuggestion {
    public static func make(from label: String, maximumWords: Int = 4) -> String? {
        let stopWords: Set<String> = ["a", "an", "the", "and", "of", "to", "in", "for", "with", "on", "at", "by"]
        var words: [String] = []
        var current = ""
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var kept = words.filter { !stopWords.contains($0) }
        if kept.isEmpty { kept = words }
        // An id starts with a letter.
        while let first = kept.first, let initial = first.first, !initial.isLetter { kept.removeFirst() }
        guard !kept.isEmpty else { return nil }
        return kept.prefix(maximumWords).joined(separator: "-")
    }
}
