import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocGraphviz
import TocKit
import TocLang
import XCTest

/// What must hold for any text at all, from the parser to the diagram: the same checks as the fuzz target
/// (`Fuzz/Sources/TocFuzz`), as test assertions. Used by the property tests and the fuzz regression tests.
enum PipelineInvariants {
    struct Options {
        /// Format the plan with `toc fmt` when it has no syntax errors, and check that formatting is idempotent.
        var formats = true
        /// Lay the diagram out and render it as SVG (slow: Graphviz's layout), and check the SVG is well-formed XML.
        var rendersSVG = false
    }

    /// Runs every stage on `text`, failing the test (with `context` in the message) where an invariant breaks.
    @discardableResult
    static func check(
        _ text: String, _ context: String, options: Options = Options(), file: StaticString = #filePath, line: UInt = #line
    ) -> Analysis {
        let source = SourceFile(path: "plan.toc", text: text)
        let analysis = Analysis(file: source)
        let size = source.utf8.count
        for diagnostic in analysis.diagnostics {
            let ranges = [diagnostic.range] + diagnostic.notes.map(\.range) + diagnostic.fixIts.map(\.range)
            for range in ranges where !(0 <= range.start && range.start <= range.end && range.end <= size) {
                XCTFail("\(context): \(diagnostic.id) has range \(range) outside the file (\(size) bytes)", file: file, line: line)
            }
            if diagnostic.message.isEmpty { XCTFail("\(context): \(diagnostic.id) has an empty message", file: file, line: line) }
        }

        // Everything the command line prints or writes.
        let annotated = AnnotatedFormatter().format(analysis.diagnostics, in: source)
        _ = CompactFormatter().format(analysis.diagnostics, in: source)
        let json = JSONDiagnosticFormatter().format(analysis.diagnostics, in: source)
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
            XCTFail("\(context): the JSON diagnostics are not valid JSON", file: file, line: line)
        }
        _ = FixIt.apply(analysis.diagnostics.flatMap(\.fixIts), to: source)
        _ = ModelExport.json(analysis.model)
        // A finding's snippet is clipped on long lines, so output grows with the findings, not with their lines.
        let longestLine = annotated.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8.count).max() ?? 0
        if longestLine > 2_000 && analysis.diagnostics.allSatisfy({ $0.message.utf8.count < 1_000 && ($0.hint?.utf8.count ?? 0) < 1_000 }) {
            XCTFail("\(context): an annotated line is \(longestLine) bytes long", file: file, line: line)
        }

        if options.formats, let formatted = Formatting.format(source).formatted {
            let again = Formatting.format(SourceFile(path: "plan.toc", text: formatted)).formatted
            if again != formatted { XCTFail("\(context): formatting is not idempotent", file: file, line: line) }
        }

        // The diagram: Graphviz's own parser must read our DOT, with a node per element.
        let dot = Renderer.dot(analysis)
        do {
            let graph = try Graphviz.read(dot: dot)
            if graph.nodes < analysis.model.nodes.count {
                XCTFail("\(context): Graphviz read \(graph.nodes) nodes, the model has \(analysis.model.nodes.count)", file: file, line: line)
            }
        } catch {
            XCTFail("\(context): Graphviz cannot read our DOT: \(error)", file: file, line: line)
        }
        if options.rendersSVG {
            do {
                let svg = try Renderer.render(analysis, format: .svg).bytes
                _ = try XMLDocument(data: Data(svg), options: [])
            } catch {
                XCTFail("\(context): the SVG could not be rendered or is not well-formed XML: \(error)", file: file, line: line)
            }
        }
        return analysis
    }
}
