import Foundation
import TocDiagnostics

/// Writes the `textDocument/publishDiagnostics` notification as compact JSON, directly into bytes.
///
/// It is the one message the server sends after every pause in typing, and it carries every finding of the plan:
/// through `JSONEncoder` (a container and an existential per value) it cost a fifth of the whole re-check of a
/// 1,000-element plan. Every other message is small and goes through `JSONEncoder`; a test checks that this writer
/// and `JSONEncoder` give the same JSON.
struct DiagnosticsJSON {
    private(set) var bytes: [UInt8] = []

    static func notification(_ params: PublishDiagnosticsParams) -> Data {
        var writer = DiagnosticsJSON()
        writer.bytes.reserveCapacity(256 + 400 * params.diagnostics.count)
        writer.raw(#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":["#)
        for (index, diagnostic) in params.diagnostics.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.diagnostic(diagnostic, uri: params.uri)
        }
        writer.raw(#"],"uri":"#)
        writer.string(params.uri)
        if let version = params.version {
            writer.raw(#","version":"#)
            writer.raw(String(version))
        }
        writer.raw("}}")
        return Data(writer.bytes)
    }

    private mutating func diagnostic(_ diagnostic: LSPDiagnostic, uri: String) {
        raw(#"{"code":"#)
        string(diagnostic.code)
        raw(#","message":"#)
        string(diagnostic.message)
        raw(#","range":"#)
        range(diagnostic.range)
        if let related = diagnostic.relatedInformation {
            raw(#","relatedInformation":["#)
            for (index, information) in related.enumerated() {
                if index > 0 { raw(",") }
                raw(#"{"location":{"range":"#)
                range(information.location.range)
                raw(#","uri":"#)
                string(information.location.uri)
                raw(#"},"message":"#)
                string(information.message)
                raw("}")
            }
            raw("]")
        }
        raw(#","severity":"#)
        raw(String(diagnostic.severity))
        raw(#","source":"#)
        string(diagnostic.source)
        raw("}")
    }

    private mutating func range(_ range: LSPRange) {
        raw(#"{"end":"#)
        position(range.end)
        raw(#","start":"#)
        position(range.start)
        raw("}")
    }

    private mutating func position(_ position: Position) {
        raw(#"{"character":"#)
        raw(String(position.character))
        raw(#","line":"#)
        raw(String(position.line))
        raw("}")
    }

    private mutating func raw(_ text: String) {
        bytes += text.utf8
    }

    private mutating func string(_ value: String) {
        JSONString.append(value, to: &bytes)
    }
}
