/// "Did you mean …?" suggestions: the closest candidate by edit distance, when it is close enough to be a slip.
public enum Suggestions {
    /// The candidate nearest to `word`, or nil when none is plausibly what was meant.
    ///
    /// Comparison ignores case, `-` and `_`; a candidate qualifies when its distance is at most a third of the
    /// longer word (at least 1), or when one word is a prefix of the other and at least 3 characters long.
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        let target = normalize(word)
        guard !target.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let normalized = normalize(candidate)
            if normalized == target { return candidate }
            let distance = editDistance(Array(target), Array(normalized))
            let limit = max(1, max(target.count, normalized.count) / 3)
            let prefix = min(target.count, normalized.count) >= 3
                && (normalized.hasPrefix(target) || target.hasPrefix(normalized))
            guard distance <= limit || prefix else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// A hint sentence: "did you mean `x`?", or nil.
    public static func didYouMean<S: Sequence>(_ word: String, among candidates: S) -> String? where S.Element == String {
        closest(to: word, among: candidates).map { "did you mean `\($0)`?" }
    }

    private static func normalize(_ word: String) -> String {
        String(word.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" }.map(Character.init))
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transposition).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
