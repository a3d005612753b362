import TocDiagnostics

/// The messages about a plan's framework that come before the rules: an unknown framework, or a framework file that
/// cannot be used. They cannot be switched off.
public enum FrameworkMessages {
    /// Every id these messages use, for the rule catalogue.
    public static let ids = ["unknown-framework", "framework-file", "framework-missing"]

    static func unknownFramework(_ name: String, range: SourceRange) -> Diagnostic {
        let suggestion = Suggestions.closest(to: name, among: FrameworkLibrary.bundledIDs)
        let ownFile = "for a framework file of your own, write its name in quotes: `framework \"our-framework.yml\"`"
        return Diagnostic(
            id: "unknown-framework", severity: .error, message: "unknown framework `\(name)`", range: range,
            hint: suggestion.map { "did you mean `\($0)`? (or, \(ownFile))" }
                ?? "toc comes with \(Wording.list(FrameworkLibrary.bundledIDs.map { "`\($0)`" })); \(ownFile)",
            fixIts: suggestion.map { [FixIt(range: range, replacement: $0)] } ?? []
        )
    }

    static func unusableFile(_ written: String, error: FrameworkLoadError, range: SourceRange) -> [Diagnostic] {
        func diagnostic(_ message: String, hint: String?) -> Diagnostic {
            Diagnostic(id: "framework-file", severity: .error, message: message, range: range, hint: hint)
        }
        let guide = "see docs/frameworks.md for how to write one"
        switch error {
        case .invalid(_, let problems):
            return problems.map { problem in
                diagnostic("in `\(written)`, line \(problem.line), column \(problem.column): \(problem.message)", hint: problem.hint ?? guide)
            }
        case .notFound(let path):
            return [diagnostic(
                "cannot find the framework file `\(written)`" + (path == written ? "" : " (looked for `\(path)`)"),
                hint: "a framework file's name is taken from the plan's folder; check the spelling, or write `framework dfe-7x7` for the DfE framework"
            )]
        case .notYAML:
            return [diagnostic("`\(written)` is not a framework file: its name should end in `.yml` or `.yaml`", hint: guide)]
        default:
            return [diagnostic(error.description, hint: guide)]
        }
    }

    static func missingBundle(_ error: FrameworkLoadError, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "framework-missing", severity: .error, message: error.description, range: range,
            hint: "reinstall toc with `scripts/setup.sh`, or name a framework file of your own: `framework \"our-framework.yml\"`"
        )
    }
}
