/// Small helpers for writing messages in plain English.
public enum Wording {
    /// "an activity", "a cohort", "an outcome".
    public static func withArticle(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (noun.first.map { vowels.contains(Character($0.lowercased())) } ?? false ? "an " : "a ") + noun
    }

    /// Quotes a piece of the user's text for a message: `text`, or "text" when it contains a backtick itself.
    public static func code(_ text: String) -> String {
        text.contains("`") ? "\"\(text)\"" : "`\(text)`"
    }

    /// "a, b and c".
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}

extension String {
    /// The text without white space (spaces, tabs, line breaks) at either end.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
