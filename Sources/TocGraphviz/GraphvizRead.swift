import CGraphviz

/// What Graphviz's own DOT reader built from a graph: counts, without any layout.
public struct GraphvizGraphSummary: Sendable, Hashable {
    /// Nodes in the root graph (every subgraph's nodes are also the root's).
    public let nodes: Int
    /// Edges in the root graph.
    public let edges: Int
    /// Direct subgraphs of the root graph (clusters and `{ rank=same … }` groups).
    public let subgraphs: Int
}

extension Graphviz {
    /// Reads DOT with Graphviz's parser (`agmemread`) and counts what it built, without laying it out.
    ///
    /// Used to check that our DOT is well-formed (the property tests and the fuzzer) and to time Graphviz's parser
    /// against our own pipeline (the benchmarks). Thread-safe, like ``render(dot:format:)``.
    ///
    /// - Throws: ``GraphvizError/unreadableGraph(_:)`` when Graphviz reports any error, even if it returned a graph.
    public static func read(dot: String) throws(GraphvizError) -> GraphvizGraphSummary {
        try GraphvizLock.withLock { () throws(GraphvizError) -> GraphvizGraphSummary in
            try MessageCapture.capturing { () throws(GraphvizError) -> GraphvizGraphSummary in
                let parsed = dot.withCString { agmemread($0) }
                defer { if let parsed { agclose(parsed) } }
                RenderPipeline.discardBufferedInput()
                guard let graph = parsed, !MessageCapture.hasErrors else {
                    let captured = MessageCapture.messages
                    throw .unreadableGraph(
                        captured.isEmpty ? [GraphvizMessage(level: .error, text: "the DOT source contains no graph")] : captured
                    )
                }
                var subgraphs = 0
                var subgraph = agfstsubg(graph)
                while let current = subgraph {
                    subgraphs += 1
                    subgraph = agnxtsubg(current)
                }
                return GraphvizGraphSummary(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)), subgraphs: subgraphs)
            }
        }
    }
}
