import Foundation
import TocGraphviz
import TocKit
import TocLang

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
