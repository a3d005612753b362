import TocDiagnostics
import TocLang

/// A `# toc-ignore: rule-id reason` comment: the plan's author says a finding on this line is known and why.
///
/// A suppression written on its own line applies to the statement below it; one written at the end of a line applies
/// to that line. Several rules can be named, separated by commas. The reason is required: a funder reading the plan
/// should see why a finding was set aside.
public struct Suppression: Sendable, Hashable {
    public let ruleIDs: [String]
    public let reason: String?
    /// The comment itself.
    public let range: SourceRange
    /// The first line of the statement it applies to (1-based).
    public let line: Int

    /// The marker that starts a suppression comment.
    public static let marker = "toc-ignore:"

    /// Reads a comment; nil when it is not a suppression.
    static func parse(_ comment: Comment, appliesToLine line: Int) -> Suppression? {
        let text = comment.text.trimmingWhitespace()
        guard text.lowercased().hasPrefix(marker) else { return nil }
        var rest = Substring(text.dropFirst(marker.count))
        var ids: [String] = []
        while true {
            rest = rest.drop { $0 == " " }
            let id = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !id.isEmpty else { break }
            ids.append(String(id).lowercased())
            rest = rest.dropFirst(id.count).drop { $0 == " " }
            guard rest.first == "," else { break }
            rest = rest.dropFirst()
        }
        let reason = String(rest.drop { $0 == " " || $0 == "-" || $0 == "—" || $0 == ":" }).trimmingWhitespace()
        return Suppression(ruleIDs: ids, reason: reason.isEmpty ? nil : reason, range: comment.range, line: line)
    }
}
