/// Turns diagnostics about one file into text. Implementations: ``AnnotatedFormatter`` (people),
/// ``CompactFormatter`` (editors and grep), ``JSONDiagnosticFormatter`` (tools).
public protocol DiagnosticFormatter: Sendable {
    func format(_ diagnostics: [Diagnostic], in file: SourceFile) -> String
}

/// Diagnostics about one file, as reported for a batch of files (`toc check folder/`).
public struct FileDiagnostics: Sendable {
    public let file: SourceFile
    public let diagnostics: [Diagnostic]

    public init(file: SourceFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}
