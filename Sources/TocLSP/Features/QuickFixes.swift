import TocDiagnostics

/// Quick fixes: every finding in the requested range that carries fix-its (a misspelt phase, a look-alike arrow, a
/// curly quote) becomes one action that applies them.
enum QuickFixes {
    static func actions(for range: SourceRange, diagnostics: [Diagnostic], file: SourceFile, uri: String, encoding: PositionEncoding) -> [CodeAction] {
        let fixable = diagnostics.filter { diagnostic in
            !diagnostic.fixIts.isEmpty && overlaps(diagnostic.range, range)
        }
        return fixable.map { diagnostic in
            let edits = diagnostic.fixIts.map { TextEdit(range: encoding.range(of: $0.range, in: file), newText: $0.replacement) }
            return CodeAction(
                title: title(for: diagnostic, in: file),
                kind: "quickfix",
                diagnostics: [DiagnosticConversion.convert(diagnostic, in: file, uri: uri, encoding: encoding)],
                isPreferred: fixable.count == 1 ? true : nil,
                edit: WorkspaceEdit(changes: [uri: edits])
            )
        }
    }

    /// "Change `implemntation` to `implementation`" for one replacement; the finding's hint otherwise.
    static func title(for diagnostic: Diagnostic, in file: SourceFile) -> String {
        if diagnostic.fixIts.count == 1, let fix = diagnostic.fixIts.first {
            let old = file.text(in: fix.range)
            if fix.replacement.isEmpty { return "Remove `\(old)`" }
            if old.isEmpty { return "Insert `\(fix.replacement)`" }
            return "Change `\(old)` to `\(fix.replacement)`"
        }
        return diagnostic.hint.map { "Fix: \($0)" } ?? "Fix: \(diagnostic.message)"
    }

    /// Whether two ranges touch (an empty range at a range's edge counts: the cursor just after a word).
    private static func overlaps(_ lhs: SourceRange, _ rhs: SourceRange) -> Bool {
        lhs.start <= rhs.end && rhs.start <= lhs.end
    }
}
