/// A message Graphviz reported while reading, laying out or rendering a graph.
///
/// Graphviz normally writes these to standard error; ``Graphviz/render(dot:format:)``
/// captures them instead and hands them back to the caller.
public struct GraphvizMessage: Sendable, Equatable {
    /// How serious a message is.
    public enum Level: Sendable {
        /// Graphviz carried on, possibly with a fallback (for example an unknown shape drawn as a box).
        case warning
        /// Graphviz could not do what was asked.
        case error
    }

    /// How serious the message is.
    public let level: Level
    /// The message text as Graphviz wrote it, without the `Error: `/`Warning: ` prefix
    /// and without trailing whitespace. Continuation lines stay in the same message.
    public let text: String

    /// Creates a message.
    public init(level: Level, text: String) {
        self.level = level
        self.text = text
    }
}

extension GraphvizMessage: CustomStringConvertible {
    /// The message as Graphviz would print it, e.g. `Warning: using box for unknown shape x`.
    public var description: String {
        switch level {
        case .warning: "Warning: \(text)"
        case .error: "Error: \(text)"
        }
    }
}
