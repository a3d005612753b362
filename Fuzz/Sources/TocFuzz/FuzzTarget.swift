import Foundation
import TocGraphviz
import TocKit
import TocLang
import TocLSP

/// The stages, and the invariants that hold for any input.
enum FuzzPipeline {
    /// Whether to read every diagram back with Graphviz's parser (on unless `TOC_FUZZ_GRAPHVIZ=0`).
    static let readsDOTBack = ProcessInfo.processInfo.environment["TOC_FUZZ_GRAPHVIZ"] != "0"

    static func run(_ text: String) {
        let file = SourceFile(path: "fuzz.toc", text: text)

        // Parse, build and run every rule (with the plan's own suppressions).
        let analysis = Analysis(file: file)
        let size = file.utf8.count
        for diagnostic in analysis.diagnostics {
            let ranges = [diagnostic.range] + diagnostic.notes.map(\.range) + diagnostic.fixIts.map(\.range)
            for range in ranges {
                precondition(0 <= range.start && range.start <= range.end && range.end <= size, "\(diagnostic.id): range \(range) outside the file (\(size) bytes)")
            }
            precondition(!diagnostic.message.isEmpty, "\(diagnostic.id): empty message")
        }

        // Everything the command line prints or writes.
        _ = AnnotatedFormatter().format(analysis.diagnostics, in: file)
        _ = CompactFormatter().format(analysis.diagnostics, in: file)
        _ = JSONDiagnosticFormatter().format(analysis.diagnostics, in: file)
        _ = FixIt.apply(analysis.diagnostics.flatMap(\.fixIts), to: file)
        _ = ModelExport.json(analysis.model)

        // `toc fmt`: formatting never crashes, and its output formats to itself.
        if let formatted = Formatting.format(file).formatted {
            let again = Formatting.format(SourceFile(path: "fuzz.toc", text: formatted)).formatted
            precondition(again == formatted, "formatting is not idempotent")
        }

        // The diagram: our DOT must always be readable by Graphviz, with one node per element.
        let dot = Renderer.dot(analysis)
        if readsDOTBack {
            do {
                let graph = try Graphviz.read(dot: dot)
                precondition(graph.nodes >= analysis.model.nodes.count, "Graphviz read \(graph.nodes) nodes, the model has \(analysis.model.nodes.count)")
            } catch {
                preconditionFailure("Graphviz cannot read our DOT: \(error)\n\(dot)")
            }
        }

        serve(text)
    }

    /// The language server: opens the text as an editor would and asks for everything, at places spread over the
    /// text; every request must be answered (with a result or an error), and nothing may crash.
    static func serve(_ text: String) {
        var replies = 0
        let server = LanguageServer(version: "fuzz", debounce: 0) { _ in replies += 1 }
        let uri = "file:///fuzz/plan.toc"
        var nextID = 0
        func send(_ method: String, _ params: [String: Any], request: Bool = true) {
            var message: [String: Any] = ["jsonrpc": "2.0", "method": method, "params": params]
            if request {
                nextID += 1
                message["id"] = nextID
            }
            // A Swift string always makes valid JSON.
            server.handle(.message(try! JSONSerialization.data(withJSONObject: message)))
        }
        send("initialize", ["capabilities": [:]])
        send("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "toc", "version": 1, "text": text]], request: false)
        let document = ["uri": uri]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let positioned = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
                          "textDocument/documentHighlight", "textDocument/prepareRename"]
        for (index, method) in positioned.enumerated() {
            let line = (index * 7919) % max(1, lines.count)
            let character = (index * 31) % (lines.indices.contains(line) ? lines[line].utf16.count + 2 : 2)
            send(method, ["textDocument": document, "position": ["line": line, "character": character]])
        }
        let end = ["line": lines.count, "character": 0]
        send("textDocument/documentSymbol", ["textDocument": document])
        send("textDocument/formatting", ["textDocument": document, "options": [:]])
        send("textDocument/codeAction", ["textDocument": document, "range": ["start": ["line": 0, "character": 0], "end": end], "context": ["diagnostics": []]])
        send("textDocument/rename", ["textDocument": document, "position": ["line": 0, "character": 1], "newName": "renamed-id"])
        // An edit that replaces the middle of the text, then the check it triggers.
        send("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2],
                                        "contentChanges": [["range": ["start": ["line": lines.count / 3, "character": 1], "end": ["line": lines.count / 2, "character": 3]], "text": "x\n  -> \""]]],
             request: false)
        server.publishDue(now: .distantFuture)
        precondition(replies == nextID + 2, "\(nextID) requests and two diagnostics publications, but \(replies) replies")
    }
}

/// libFuzzer's entry point. `main.swift` passes it to `LLVMFuzzerRunDriver`; it is also exported under libFuzzer's
/// name because the fuzzer runtime, linked whole, refers to it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.run(String(decoding: bytes, as: UTF8.self))
    return 0
}
