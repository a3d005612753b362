import TocDiagnostics

/// Prints a ``SyntaxTree`` in the one canonical layout of the language (`toc fmt`), so that two versions of a plan
/// compare line by line.
///
/// The layout: declarations and links at the left margin, details indented two spaces and an indicator's details
/// four; details in the schema's order (``DeclarationKind/properties``); one space between tokens and `, ` in lists;
/// quoted text with straight quotes and minimal escapes; one blank line between declarations, except that a run of
/// one-line declarations of the same kind, and a run of links, stay together. Every comment is kept, above or at
/// the end of the statement it was written with.
///
/// Formatting is refused when the tree has syntax errors: re-printing text the parser could not fully read could
/// lose the writer's words. As a last safeguard the result is parsed again and compared with the original; if they
/// differ, formatting is refused too.
public enum PlanFormatter {
    /// What formatting produced.
    public enum Outcome: Sendable, Hashable {
        /// The plan in canonical layout (possibly identical to the input).
        case formatted(String)
        /// The plan was left alone; these errors say why.
        case refused([Diagnostic])
    }

    /// Formats a parsed plan, or refuses if it has syntax errors.
    public static func format(_ tree: SyntaxTree) -> Outcome {
        let errors = tree.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return .refused(errors) }
        var printer = TreePrinter()
        printer.print(tree)
        let text = printer.writer.text
        let reparsed = Parser.parse(text, path: tree.file.path)
        guard !reparsed.diagnostics.contains(where: { $0.severity == .error }),
              SyntaxFingerprint(reparsed) == SyntaxFingerprint(tree)
        else {
            return .refused([FormatterMessages.couldNotReproduce(in: tree.file)])
        }
        return .formatted(text)
    }

    /// Parses and formats text given directly (tests, editors).
    public static func format(_ text: String, path: String = "<input>") -> Outcome {
        format(Parser.parse(text, path: path))
    }
}
