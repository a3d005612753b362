import TocDiagnostics

/// Messages from the formatter itself (its refusals on syntax errors reuse the parser's own diagnostics).
enum FormatterMessages {
    /// The safety check after printing failed: the printed plan would not read back as the same plan.
    static func couldNotReproduce(in file: SourceFile) -> Diagnostic {
        Diagnostic(
            id: "format-failed", severity: .error,
            message: "toc fmt could not lay this plan out without changing what it says, so it left the file as it was",
            range: .at(0),
            hint: "this is a fault in toc, not in your plan: please report it, with the file"
        )
    }
}
