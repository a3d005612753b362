import TocChecks
import TocDiagnostics
import TocLang
import TocModel

/// A plan after every stage: its syntax tree, its model and every finding, from the parser to the rules.
public struct Analysis: Sendable {
    public let file: SourceFile
    public let syntax: SyntaxTree
    public let model: TheoryModel
    /// All findings, sorted by position.
    public let diagnostics: [Diagnostic]
    /// Findings the plan set aside with `# toc-ignore:` comments, with their reasons.
    public let suppressed: [Checker.SuppressedFinding]

    /// Parses, builds and checks a plan. Never fails: everything wrong is in ``diagnostics``.
    ///
    /// - Parameter configuration: rule settings from outside the plan (a `toc.yml`); they win over the plan's own.
    public init(file: SourceFile, configuration: RuleConfiguration = RuleConfiguration(), rules: [any Rule] = RuleRegistry.all) {
        self.file = file
        syntax = Parser.parse(file)
        let (model, modelDiagnostics) = ModelBuilder.build(syntax)
        self.model = model
        let checked = Checker.run(model, syntax: syntax, configuration: configuration, rules: rules)
        suppressed = checked.suppressed
        diagnostics = (Self.encodingDiagnostics(file) + syntax.diagnostics + modelDiagnostics + checked.findings)
            .sortedForDisplay()
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    public func count(_ severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity }
    }

    /// Text that was not valid UTF-8 was read with U+FFFD replacement characters; say where the first one is.
    static func encodingDiagnostics(_ file: SourceFile) -> [Diagnostic] {
        guard let index = file.text.unicodeScalars.firstIndex(of: "\u{FFFD}") else { return [] }
        let offset = file.text.unicodeScalars[..<index].reduce(0) { $0 + String($1).utf8.count }
        return [Diagnostic(
            id: "invalid-encoding", severity: .error,
            message: "this file is not saved as UTF-8 text, so some characters could not be read",
            range: SourceRange(start: offset, end: offset + 3),
            hint: "save the file as \"UTF-8\" (in most editors: Save As, then choose the encoding)"
        )]
    }
}
