import TocDiagnostics
import TocModel

/// Turns `rules` block lines into a ``RuleConfiguration``, reporting unknown rules and settings.
public enum RuleSettingsReader {
    public static let ids = ["bad-rule-setting"]

    public static func configuration(
        from settings: [RuleSetting], rules: [any Rule] = RuleRegistry.all
    ) -> (configuration: RuleConfiguration, diagnostics: [Diagnostic]) {
        let known = rules.map(\.id)
        var result: [String: RuleConfiguration.Setting] = [:]
        var diagnostics: [Diagnostic] = []
        for setting in settings {
            guard known.contains(setting.ruleID) else {
                diagnostics.append(SuppressionMessages.unknownRule(setting.ruleID, range: setting.range, knownRules: known))
                continue
            }
            // A line with no setting at all has already been reported by the parser (`missing-value`).
            guard let written = setting.value else { continue }
            guard let value = RuleConfiguration.Setting(written) else {
                diagnostics.append(Diagnostic(
                    id: "bad-rule-setting", severity: .error, message: "`\(written)` is not a setting for `\(setting.ruleID)`",
                    range: setting.valueRange,
                    hint: "write `\(setting.ruleID) off`, or `error`, `warning` or `info`",
                    fixIts: Suggestions.closest(to: written, among: RuleConfiguration.Setting.spellings)
                        .map { [FixIt(range: setting.valueRange, replacement: $0)] } ?? []
                ))
                continue
            }
            result[setting.ruleID] = value
        }
        return (RuleConfiguration(settings: result), diagnostics)
    }
}
