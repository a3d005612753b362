import Foundation
import TocChecks
import TocDiagnostics
import TocFramework
import TocLang
import TocModel

/// A plan after every stage: its syntax tree, its model and every finding, from the parser to the rules.
public struct Analysis: Sendable {
    public let file: SourceFile
    public let syntax: SyntaxTree
    public let model: TheoryModel
    /// The framework the plan reports against (`dfe-7x7` unless it names another); nil when it could not be loaded.
    public let framework: Framework?
    /// All findings, sorted by position.
    public let diagnostics: [Diagnostic]
    /// Findings the plan set aside with `# toc-ignore:` comments, with their reasons.
    public let suppressed: [Checker.SuppressedFinding]

    /// Parses, builds and checks a plan. Never fails: everything wrong is in ``diagnostics``.
    ///
    /// - Parameter configuration: rule settings from outside the plan (a `toc.config`); they win over the plan's own.
    public init(file: SourceFile, configuration: RuleConfiguration = RuleConfiguration(), rules: [any Rule] = RuleRegistry.all) {
        self.file = file
        syntax = Parser.parse(file)
        let (model, modelDiagnostics) = ModelBuilder.build(syntax)
        self.model = model
        // The plan's own `rules` block first; settings from outside the plan (a reviewer's `toc.config`) win.
        let (planSettings, settingDiagnostics) = RuleSettingsReader.configuration(from: model.ruleSettings, rules: rules)
        let (framework, frameworkDiagnostics) = FrameworkResolver.resolve(model.theory, planPath: file.path)
        self.framework = framework
        let checked = Checker.run(
            model, syntax: syntax, configuration: planSettings.overridden(by: configuration), rules: rules, framework: framework
        )
        suppressed = checked.suppressed
        diagnostics = (Self.encodingDiagnostics(file) + syntax.diagnostics + modelDiagnostics + settingDiagnostics + frameworkDiagnostics
            + checked.findings)
            .sortedForDisplay()
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    public func count(_ severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity }
    }

    /// Text that was not valid UTF-8 was read with U+FFFD replacement characters; say where the first one is.
    static func encodingDiagnostics(_ file: SourceFile) -> [Diagnostic] {
        // U+FFFD is EF BF BD in UTF-8; searching the bytes (for EF with memchr) is quicker than decoding the text.
        let found: Int? = file.utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return nil }
            var index = 0
            while index + 2 < bytes.count {
                guard let hit = memchr(base + index, 0xEF, bytes.count - index - 2) else { return nil }
                let offset = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD { return offset }
                index = offset + 1
            }
            return nil
        }
        guard let offset = found else { return [] }
        return [Diagnostic(
            id: "invalid-encoding", severity: .error,
            message: "this file is not saved as UTF-8 text, so some characters could not be read",
            range: SourceRange(start: offset, end: offset + 3),
            hint: "save the file as \"UTF-8\" (in most editors: Save As, then choose the encoding)"
        )]
    }
}
