import TocDiagnostics

/// Messages about the plan's `# toc-ignore:` comments themselves. Sorted by id.
public enum SuppressionMessages {
    public static let ids = ["suppression-without-reason", "unknown-rule", "unused-suppression"]

    /// Checks each suppression: it names rules that exist, gives a reason, and still sets something aside.
    static func review(_ suppressions: [Suppression], used: Set<Suppression>, knownRules: [String], configuration: RuleConfiguration) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for suppression in suppressions {
            if suppression.ruleIDs.isEmpty {
                result.append(Diagnostic(
                    id: "unknown-rule", severity: .warning, message: "this `toc-ignore` comment names no rule",
                    range: suppression.range, hint: "write `# toc-ignore: rule-id why this finding does not apply`"
                ))
                continue
            }
            for id in suppression.ruleIDs where !knownRules.contains(id) {
                result.append(unknownRule(id, range: suppression.range, knownRules: knownRules))
            }
            if suppression.reason == nil {
                result.append(Diagnostic(
                    id: "suppression-without-reason", severity: .warning,
                    message: "say why `\(suppression.ruleIDs.joined(separator: ", "))` does not apply here",
                    range: suppression.range,
                    hint: "add the reason after the rule id, e.g. `# toc-ignore: \(suppression.ruleIDs[0]) the review happened in 2016`; funders read it"
                ))
            }
            let allKnown = suppression.ruleIDs.allSatisfy(knownRules.contains)
            let anyOn = suppression.ruleIDs.contains { configuration.settings[$0] != .off }
            if allKnown, anyOn, !used.contains(suppression) {
                result.append(Diagnostic(
                    id: "unused-suppression", severity: .info,
                    message: "nothing on this line is reported by `\(suppression.ruleIDs.joined(separator: ", "))` any more",
                    range: suppression.range, hint: "remove the `toc-ignore` comment", fixIts: [FixIt(range: suppression.range, replacement: "")]
                ))
            }
        }
        return result
    }

    /// A rule id that does not exist, with a suggestion.
    public static func unknownRule(_ id: String, range: SourceRange, knownRules: [String]) -> Diagnostic {
        Diagnostic(
            id: "unknown-rule", severity: .warning, message: "there is no rule `\(id)`", range: range,
            hint: Suggestions.didYouMean(id, among: knownRules) ?? "`toc explain` lists the rules; see docs/rules.md"
        )
    }
}
