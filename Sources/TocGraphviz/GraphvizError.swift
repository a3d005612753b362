/// Why ``Graphviz/render(dot:format:)`` failed.
///
/// Every case that comes from Graphviz itself carries all messages captured during
/// the render up to the failure (warnings included), so the caller can show them.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The DOT source could not be parsed (for example a syntax error).
    case unreadableGraph([GraphvizMessage])
    /// The `dot` layout engine failed or is not available.
    ///
    /// If the messages say the layout type `dot` is not recognized, the Graphviz plugin
    /// registry is missing or stale: run `dot -c` (or, on Debian/Ubuntu,
    /// `libgvc6-config-update -c`) with root privileges.
    case layoutFailed([GraphvizMessage])
    /// Graphviz laid the graph out but could not render it in `format`.
    ///
    /// For PNG and PDF this usually means the cairo/pango plugin is not installed
    /// or not registered (see ``layoutFailed(_:)`` for how to register plugins).
    case renderFailed(format: GraphvizFormat, [GraphvizMessage])
    /// Graphviz could not create a rendering context (`gvContext()` returned `NULL`).
    case contextUnavailable

    /// The messages Graphviz reported before failing (empty for ``contextUnavailable``).
    public var messages: [GraphvizMessage] {
        switch self {
        case .unreadableGraph(let messages), .layoutFailed(let messages), .renderFailed(_, let messages):
            messages
        case .contextUnavailable:
            []
        }
    }

    /// A one-line summary followed by Graphviz's own messages, one per line.
    public var description: String {
        let summary = switch self {
        case .unreadableGraph: "Graphviz could not read the graph"
        case .layoutFailed: "Graphviz could not lay out the graph"
        case .renderFailed(let format, _): "Graphviz could not render the graph as \(format.rawValue)"
        case .contextUnavailable: "Graphviz could not create a context"
        }
        return ([summary] + messages.map(\.description)).joined(separator: "\n")
    }
}
