import Foundation
import TocDiagnostics
import TocFramework
import TocLang
import TocModel

/// Generates `docs/rules.md` from the registry, so the catalogue can never drift from the code (a test compares),
/// and the text of `toc explain`.
public enum RuleCatalog {
    /// A rule's explanation for the terminal: what it finds, why, the evidence and an example.
    public static func explanation(of rule: any Rule) -> String {
        var lines = ["\(rule.id) (\(rule.defaultSeverity.rawValue) by default)", "", rule.summary, "", rule.rationale]
        if let evidence = rule.evidence {
            lines += ["", "Evidence: \(evidence.citation)"]
        }
        lines += ["", "Example that triggers it:", ""] + rule.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        lines += ["", "Set it aside on one line with `# toc-ignore: \(rule.id) <why>`, or change its severity in a `rules` block."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per rule: id, default severity, summary.
    public static func listing(rules: [any Rule] = RuleRegistry.all) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.summary
        }.joined(separator: "\n") + "\n"
    }

    public static func markdown(rules: [any Rule] = RuleRegistry.all) -> String {
        var lines: [String] = [
            "# Rule catalogue",
            "",
            "<!-- Generated from RuleRegistry by `RECORD_SNAPSHOTS=1 swift test --filter RuleCatalogTests`; do not edit by hand. -->",
            "",
            "Every finding `toc check` reports has a stable id. Errors make `toc check` exit with status 1; warnings and",
            "information do not (unless `--strict` is given). To change a rule's severity, switch it off, or set one finding",
            "aside with a reason, see [configuration.md](configuration.md).",
            "",
            "| id | severity | what it finds |",
            "|---|---|---|",
        ]
        for rule in rules {
            lines.append("| [`\(rule.id)`](#\(rule.id)) | \(rule.defaultSeverity.rawValue) | \(rule.summary) |")
        }
        for rule in rules {
            lines += ["", "## \(rule.id)", "", "*\(rule.defaultSeverity.rawValue)*: \(rule.summary)", "", rule.rationale]
            if let evidence = rule.evidence {
                lines += ["", "**Evidence.** \(evidence.citation)"]
            }
            lines += ["", "Example that triggers it:", "", "```toc", rule.example, "```"]
        }
        lines += [
            "", "## Messages about the text itself", "",
            "Before the rules run, the parser and the model builder report text they cannot read, and the framework",
            "loader a framework it cannot use (see [frameworks.md](frameworks.md)). These cannot be switched off; each",
            "comes with a hint. Their ids:", "",
        ]
        lines.append((SyntaxMessages.ids + ModelMessages.ids + FrameworkMessages.ids).sorted().map { "`\($0)`" }.joined(separator: ", "))
        lines += [
            "", "## Messages about settings and suppressions", "",
            "A plan's `rules` block, a `toc.config` file and `# toc-ignore:` comments are checked too (see",
            "[configuration.md](configuration.md)). These messages cannot be switched off or set aside. Their ids:", "",
        ]
        lines.append((SuppressionMessages.ids + RuleSettingsReader.ids).sorted().map { "`\($0)`" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
