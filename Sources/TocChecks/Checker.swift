import TocDiagnostics
import TocFramework
import TocLang
import TocModel

/// Runs rules over a model, applying the severity configuration and the plan's suppressions.
public enum Checker {
    /// What checking a plan found.
    public struct Result: Sendable {
        /// Findings that stand, at their configured severity, sorted for display; with messages about the
        /// configuration and suppressions themselves.
        public let findings: [Diagnostic]
        /// Findings the plan set aside with `# toc-ignore:`, with the reason given.
        public let suppressed: [SuppressedFinding]
    }

    /// A finding set aside by a suppression comment.
    public struct SuppressedFinding: Sendable {
        public let finding: Diagnostic
        public let suppression: Suppression
    }

    /// All findings of the given rules at their default severities, sorted for display.
    public static func check(_ model: TheoryModel, rules: [any Rule] = RuleRegistry.all) -> [Diagnostic] {
        run(model, rules: rules).findings
    }

    /// Runs the rules that are on, at their configured severities, and sets aside suppressed findings.
    ///
    /// - Parameter framework: the framework the plan reports against; without one the framework checks stay quiet.
    public static func run(
        _ model: TheoryModel, syntax: SyntaxTree? = nil, configuration: RuleConfiguration = RuleConfiguration(),
        rules: [any Rule] = RuleRegistry.all, framework: Framework? = nil
    ) -> Result {
        let context = CheckContext(model: model, framework: framework)
        var findings: [Diagnostic] = []
        for rule in rules {
            guard let severity = configuration.severity(of: rule) else { continue }
            // A rule may report some findings below its default (a lead-in of 6 to 12 months is only noted); a
            // setting for the rule applies to all of its findings.
            let configured = configuration.settings[rule.id] != nil
            findings += rule.check(context).map { finding in
                var finding = finding
                if configured { finding.severity = severity }
                return finding
            }
        }
        guard let syntax else { return Result(findings: findings.sortedForDisplay(), suppressed: []) }

        let index = SuppressionIndex(syntax)
        var kept: [Diagnostic] = []
        var suppressed: [SuppressedFinding] = []
        for finding in findings {
            if let suppression = index.suppression(for: finding, in: model.file) {
                suppressed.append(SuppressedFinding(finding: finding, suppression: suppression))
            } else {
                kept.append(finding)
            }
        }
        let used = Set(suppressed.map(\.suppression))
        kept += SuppressionMessages.review(index.suppressions, used: used, knownRules: rules.map(\.id), configuration: configuration)
        return Result(findings: kept.sortedForDisplay(), suppressed: suppressed)
    }
}
