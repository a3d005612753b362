import Foundation

/// Diagnostics as JSON for tools: one object per file, each diagnostic with 1-based line and column for its start
/// and end, its byte range, id, severity, message, hint, notes and fix-its.
///
/// Schema version 1 (documented in `docs/json-diagnostics.md`):
/// `{"version":1,"files":[{"path":…,"diagnostics":[{"id","severity","message","hint"?,"start":{"line","column","offset"},"end":{…},"notes":[…],"fixIts":[…]}]}]}`
public struct JSONDiagnosticFormatter: DiagnosticFormatter {
    public static let schemaVersion = 1

    public init() {}

    public func format(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        format([FileDiagnostics(file: file, diagnostics: diagnostics)])
    }

    /// All files in one document.
    public func format(_ batches: [FileDiagnostics]) -> String {
        let document = Document(
            version: Self.schemaVersion,
            files: batches.map { batch in
                FileEntry(path: batch.file.path, diagnostics: batch.diagnostics.map { entry($0, in: batch.file) })
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func entry(_ diagnostic: Diagnostic, in file: SourceFile) -> Entry {
        Entry(
            id: diagnostic.id,
            severity: diagnostic.severity.rawValue,
            message: diagnostic.message,
            hint: diagnostic.hint,
            start: file.location(of: diagnostic.range.start),
            end: file.location(of: diagnostic.range.end),
            notes: diagnostic.notes.map {
                NoteEntry(message: $0.message, start: file.location(of: $0.range.start), end: file.location(of: $0.range.end))
            },
            fixIts: diagnostic.fixIts.map {
                FixItEntry(start: file.location(of: $0.range.start), end: file.location(of: $0.range.end), replacement: $0.replacement)
            }
        )
    }

    private struct Document: Encodable { let version: Int; let files: [FileEntry] }
    private struct FileEntry: Encodable { let path: String; let diagnostics: [Entry] }
    private struct Entry: Encodable {
        let id: String, severity: String, message: String, hint: String?
        let start: SourceLocation, end: SourceLocation
        let notes: [NoteEntry], fixIts: [FixItEntry]
    }
    private struct NoteEntry: Encodable { let message: String; let start: SourceLocation; let end: SourceLocation }
    private struct FixItEntry: Encodable { let start: SourceLocation; let end: SourceLocation; let replacement: String }
}
