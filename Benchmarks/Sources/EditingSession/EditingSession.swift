import Foundation
import TocLSP

// The language server's work after an edit, for the benchmark suite and `toc-stage-times`.

/// A server with one plan open, and an editor that types into it.
public final class EditingSession: @unchecked Sendable {
    private let server: LanguageServer
    private let sent: SentBytes
    private let uri = "file:///benchmark/plan.toc"
    private let line: Int
    /// Just inside the label's opening quote.
    private let character: Int

    public init(plan: String) {
        let sent = SentBytes()
        self.sent = sent
        server = LanguageServer(version: "benchmark", debounce: 0) { sent.bytes += $0.count }
        // The edit types into the first label, the commonest edit while drafting.
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false)
        let labelLine = lines.firstIndex { $0.contains("\"") } ?? 0
        line = labelLine
        character = (lines[labelLine].firstIndex(of: "\"").map { lines[labelLine][..<$0].utf16.count } ?? 0) + 1
        send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": uri, "languageId": "toc", "version": 1, "text": plan]]])
    }

    /// Types one character (or deletes it again, on odd iterations) and runs the check that falls due.
    /// - Returns: how many bytes the server has sent so far (the diagnostics it published).
    public func editAndRecheck(_ iteration: Int) -> Int {
        let insert = iteration % 2 == 0
        let start: [String: Any] = ["line": line, "character": character]
        let end: [String: Any] = ["line": line, "character": insert ? character : character + 1]
        send(["jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": ["textDocument": ["uri": uri, "version": iteration + 2],
                         "contentChanges": [["range": ["start": start, "end": end], "text": insert ? "x" : ""]]]])
        server.publishDue(now: .distantFuture)
        return sent.bytes
    }

    private func send(_ message: [String: Any]) {
        server.handle(.message(try! JSONSerialization.data(withJSONObject: message)))
    }
}

final class SentBytes: @unchecked Sendable {
    var bytes = 0
}
