/// One line per diagnostic, `file:line:col: severity[id]: message (hint)`, the form editors and `grep` expect.
public struct CompactFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        diagnostics.map { diagnostic in
            let start = file.location(of: diagnostic.range.start)
            let hint = diagnostic.hint.map { " (hint: \($0))" } ?? ""
            return "\(file.path):\(start.line):\(start.column): \(diagnostic.severity.rawValue)[\(diagnostic.id)]: "
                + diagnostic.message + hint + "\n"
        }.joined()
    }
}
