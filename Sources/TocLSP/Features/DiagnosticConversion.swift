import TocDiagnostics

/// toc's findings as the protocol's diagnostics.
enum DiagnosticConversion {
    /// One finding: its message with the hint on the next line (editors show both), its id as the code, and its
    /// notes as related places.
    static func convert(_ diagnostic: Diagnostic, in file: SourceFile, uri: String, encoding: PositionEncoding) -> LSPDiagnostic {
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        let related = diagnostic.notes.map { note in
            LSPDiagnostic.RelatedInformation(
                location: Location(uri: uri, range: encoding.range(of: note.range, in: file)), message: note.message
            )
        }
        return LSPDiagnostic(
            range: encoding.range(of: diagnostic.range, in: file),
            severity: severity(diagnostic.severity),
            code: diagnostic.id,
            source: "toc",
            message: message,
            relatedInformation: related.isEmpty ? nil : related
        )
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }
}
