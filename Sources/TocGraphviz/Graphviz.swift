import CGraphviz

/// In-process access to the Graphviz C library (libgvc/libcgraph).
///
/// Graphviz is not thread-safe, so every call sequence into it runs under one
/// process-wide lock; calls from several threads are safe but run one at a time.
/// Graphviz's own messages never reach stderr: they are returned in
/// ``GraphvizOutput/messages`` or in the thrown ``GraphvizError``.
public enum Graphviz {
    /// Lays out DOT source with the `dot` engine and renders it.
    ///
    /// Thread-safe: every call into libgvc/libcgraph goes through one process-wide lock.
    ///
    /// - Parameters:
    ///   - dot: A complete DOT graph (`digraph { ... }`). Labels must already be escaped
    ///     for DOT; Graphviz escapes them again for the output format (e.g. XML in SVG).
    ///     Only the first graph in the source is rendered.
    ///   - format: The output format.
    /// - Returns: The rendered bytes and any warnings Graphviz reported.
    /// - Throws: ``GraphvizError`` if Graphviz reports an error at any stage, even when
    ///   the C call itself returned success.
    public static func render(dot: String, format: GraphvizFormat) throws(GraphvizError) -> GraphvizOutput {
        try GraphvizLock.withLock { () throws(GraphvizError) -> GraphvizOutput in
            try MessageCapture.capturing { () throws(GraphvizError) -> GraphvizOutput in
                guard let context = SharedContext.current() else { throw .contextUnavailable }
                do throws(GraphvizError) {
                    return try RenderPipeline.run(dot: dot, format: format, context: context)
                } catch {
                    // Parsing does not touch the context; anything later might have.
                    if case .unreadableGraph = error {} else { SharedContext.discard() }
                    throw error
                }
            }
        }
    }

    /// The version of the linked Graphviz library, as reported by `gvcVersion`
    /// (for example `"2.43.0"`), or `"unknown"` if no Graphviz context could be created.
    public static var version: String { linkedVersion }

    private static let linkedVersion: String = GraphvizLock.withLock {
        MessageCapture.capturing {
            SharedContext.current().flatMap { gvcVersion($0) }.map { String(cString: $0) } ?? "unknown"
        }
    }
}
