import Foundation
import TocChecks
import TocDiagnostics
import TocLang
import TocModel

/// A `toc.config` file beside plans: rule settings for every plan in its folder, written in the plan language as a
/// single `rules` block. It is the reviewer's: its settings win over a plan's own `rules` block.
///
/// ```
/// rules
///   skipped-stage off
///   unused-input error
/// ```
public enum ConfigurationFile {
    public static let name = "toc.config"

    /// The configuration for the plan at `planPath`, and any problems in the file. No file: the defaults.
    public static func load(forPlanAt planPath: String) throws(TocError) -> (configuration: RuleConfiguration, problems: FileDiagnostics?) {
        let folder = (planPath as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: path) else { return (RuleConfiguration(), nil) }
        return read(try PlanLoader.load(path: path))
    }

    /// Reads a configuration file's text.
    public static func read(_ file: SourceFile) -> (configuration: RuleConfiguration, problems: FileDiagnostics?) {
        let tree = Parser.parse(file)
        var diagnostics = tree.diagnostics
        for declaration in tree.declarations where declaration.kind != .rules {
            diagnostics.append(Diagnostic(
                id: "bad-rule-setting", severity: .error,
                message: "a \(name) holds only a `rules` block, not \(declaration.kind.withArticle)", range: declaration.headerRange,
                hint: "move this to a plan; in \(name), write `rules` and one indented line per rule, e.g. `  skipped-stage off`"
            ))
        }
        let settings = tree.declarations.filter { $0.kind == .rules }.flatMap(\.properties).map { property in
            RuleSetting(ruleID: property.name.text, value: property.items.first?.text, range: property.range, valueRange: property.valuesRange)
        }
        let (configuration, settingDiagnostics) = RuleSettingsReader.configuration(from: settings)
        diagnostics += settingDiagnostics
        return (configuration, diagnostics.isEmpty ? nil : FileDiagnostics(file: file, diagnostics: diagnostics.sortedForDisplay()))
    }
}
