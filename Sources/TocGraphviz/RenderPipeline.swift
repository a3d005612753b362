import CGraphviz

/// The libgvc call sequence for one render: parse, layout, render, and the matching
/// frees (`agclose`, `gvFreeLayout`, `gvFreeRenderData`) on every path.
///
/// Known leak (Graphviz 2.42/2.43, seen with valgrind): the dot layout does not free
/// virtual edges it creates while breaking cycles (`acyclic` → `virtual_edge`), about
/// 1.7 KB per render of a 20-node graph with cycles; acyclic graphs showed no growth
/// over 600 renders. Nothing outside Graphviz can free them.
///
/// Callers must hold ``GraphvizLock`` and be inside ``MessageCapture/capturing(_:)``.
enum RenderPipeline {
    static func run(
        dot: String, format: GraphvizFormat, context: OpaquePointer
    ) throws(GraphvizError) -> GraphvizOutput {
        let parsed = dot.withCString { agmemread($0) }
        // Registered before any throw below, so the graph is closed on every path
        // (after gvFreeLayout: defers run in reverse order).
        defer { if let parsed { agclose(parsed) } }
        discardBufferedInput()
        guard let graph = parsed, !MessageCapture.hasErrors else {
            throw .unreadableGraph(messages(orExplanation: "the DOT source contains no graph"))
        }

        let layoutStatus = gvLayout(context, graph, "dot")
        // gvFreeLayout is safe after a failed or partial layout.
        defer { gvFreeLayout(context, graph) }
        guard layoutStatus == 0, !MessageCapture.hasErrors else {
            let explanation = "gvLayout reported an error without a message (status \(layoutStatus))"
            throw .layoutFailed(messages(orExplanation: explanation))
        }

        let data = renderData(gvRenderData, context: context, graph: graph, format: format.rawValue)
        guard let data, !MessageCapture.hasErrors else {
            let explanation = "gvRenderData reported an error without a message"
            throw .renderFailed(format: format, messages(orExplanation: explanation))
        }
        return GraphvizOutput(data: data, messages: MessageCapture.messages)
    }

    /// Empties cgraph's DOT lexer.
    ///
    /// The lexer is global and keeps the rest of the current input line buffered after a
    /// graph is parsed, so `digraph { a } digraph { b }` would leave `digraph { b }` to be
    /// returned by the *next* `agmemread`, even for unrelated source. Reading from empty
    /// input until nothing is left consumes (and discards) such trailing graphs; trailing
    /// garbage is reported as a syntax error, like the `dot` command does.
    static func discardBufferedInput() {
        while let trailing = agmemread("") {
            agclose(trailing)
        }
    }

    /// The captured messages, or a single error explaining the failure if Graphviz
    /// failed without saying why (for example `agmemread` on empty input).
    private static func messages(orExplanation explanation: String) -> [GraphvizMessage] {
        let captured = MessageCapture.messages
        return captured.isEmpty ? [GraphvizMessage(level: .error, text: explanation)] : captured
    }

    /// Calls `gvRenderData` and copies the result out, freeing Graphviz's buffer.
    ///
    /// Generic over the length type because Graphviz changed it from `unsigned int *`
    /// (2.x, Debian 12) to `size_t *` (later releases); the C function is passed in so
    /// the compiler picks whichever the installed header declares.
    /// Returns `nil` if Graphviz reports failure or produces no buffer.
    private static func renderData<Length: BinaryInteger>(
        _ gvRenderData: (
            OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
            UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?
        ) -> Int32,
        context: OpaquePointer,
        graph: UnsafeMutablePointer<Agraph_t>,
        format: String
    ) -> [UInt8]? {
        var result: UnsafeMutablePointer<CChar>?
        var length: Length = 0
        let status = gvRenderData(context, graph, format, &result, &length)
        defer { if let result { gvFreeRenderData(result) } }
        guard status == 0, let result else { return nil }
        return Array(UnsafeRawBufferPointer(start: result, count: Int(length)))
    }
}
