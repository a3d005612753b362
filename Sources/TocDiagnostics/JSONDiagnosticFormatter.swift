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
    ///
    /// Written with ``PrettyJSON``, byte for byte as `JSONEncoder` (pretty-printed, keys sorted) would write it, and
    /// much quicker on plans with thousands of findings.
    public func format(_ batches: [FileDiagnostics]) -> String {
        var json = PrettyJSON()
        json.object { json in
            json.member("files") { json in
                json.array { json in
                    for batch in batches {
                        json.element { json in
                            json.object { json in
                                json.member("diagnostics") { json in
                                    json.array { json in
                                        for diagnostic in batch.diagnostics {
                                            json.element { json in Self.write(diagnostic, in: batch.file, to: &json) }
                                        }
                                    }
                                }
                                json.member("path") { json in json.string(batch.file.path) }
                            }
                        }
                    }
                }
            }
            json.member("version") { json in json.integer(Self.schemaVersion) }
        }
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    /// One diagnostic, its keys in sorted order: end, fixIts, hint (when there is one), id, message, notes,
    /// severity, start.
    private static func write(_ diagnostic: Diagnostic, in file: SourceFile, to json: inout PrettyJSON) {
        json.object { json in
            json.member("end") { json in write(file.location(of: diagnostic.range.end), to: &json) }
            json.member("fixIts") { json in
                json.array { json in
                    for fixIt in diagnostic.fixIts {
                        json.element { json in write(fixIt.range, "replacement", fixIt.replacement, in: file, to: &json) }
                    }
                }
            }
            if let hint = diagnostic.hint { json.member("hint") { json in json.string(hint) } }
            json.member("id") { json in json.string(diagnostic.id) }
            json.member("message") { json in json.string(diagnostic.message) }
            json.member("notes") { json in
                json.array { json in
                    for note in diagnostic.notes {
                        json.element { json in write(note.range, "message", note.message, in: file, to: &json) }
                    }
                }
            }
            json.member("severity") { json in json.string(diagnostic.severity.rawValue) }
            json.member("start") { json in write(file.location(of: diagnostic.range.start), to: &json) }
        }
    }

    /// A fix-it or a note: its range and one text, keys in sorted order (`end`, the text's key, `start`).
    private static func write(
        _ range: SourceRange, _ key: String, _ text: String, in file: SourceFile, to json: inout PrettyJSON
    ) {
        json.object { json in
            json.member("end") { json in write(file.location(of: range.end), to: &json) }
            json.member(key) { json in json.string(text) }
            json.member("start") { json in write(file.location(of: range.start), to: &json) }
        }
    }

    private static func write(_ location: SourceLocation, to json: inout PrettyJSON) {
        json.object { json in
            json.member("column") { json in json.integer(location.column) }
            json.member("line") { json in json.integer(location.line) }
            json.member("offset") { json in json.integer(location.offset) }
        }
    }
}
