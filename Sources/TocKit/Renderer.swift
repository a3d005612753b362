import TocGraphviz
import TocRender

/// Turns an analysed plan into a diagram (DOT text, or SVG, PNG or PDF through Graphviz in-process).
public enum Renderer {
    /// The rendered bytes and any warnings Graphviz gave.
    public struct Result: Sendable {
        public let bytes: [UInt8]
        public let warnings: [String]
    }

    public static func dot(_ analysis: Analysis, options: DOTWriter.Options = .init()) -> String {
        DOTWriter(options: options, framework: analysis.framework).write(analysis.model)
    }

    public static func render(_ analysis: Analysis, format: OutputFormat, options: DOTWriter.Options = .init()) throws(TocError) -> Result {
        try render(dot: dot(analysis, options: options), format: format)
    }

    /// Draws DOT source (as written by ``dot(_:options:)``) in `format`.
    public static func render(dot source: String, format: OutputFormat) throws(TocError) -> Result {
        guard let graphvizFormat = format.graphviz else {
            return Result(bytes: Array(source.utf8), warnings: [])
        }
        do {
            let output = try Graphviz.render(dot: source, format: graphvizFormat)
            return Result(bytes: output.data, warnings: output.messages.map(\.text))
        } catch {
            throw .graphviz(error)
        }
    }

    /// The Graphviz library version in use.
    public static var graphvizVersion: String { Graphviz.version }
}
