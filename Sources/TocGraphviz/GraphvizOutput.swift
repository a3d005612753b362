/// The result of a successful render.
public struct GraphvizOutput: Sendable {
    /// The rendered document, byte for byte as Graphviz produced it
    /// (UTF-8 text for SVG, binary for PNG and PDF).
    public let data: [UInt8]
    /// Warnings Graphviz reported along the way, in order. Never contains errors:
    /// a render that reports an error throws ``GraphvizError`` instead.
    ///
    /// Graphviz reports some warnings only the first time in a process (for example an
    /// unknown shape or color name), so an identical later render may have none.
    public let messages: [GraphvizMessage]

    /// Creates an output value.
    public init(data: [UInt8], messages: [GraphvizMessage]) {
        self.data = data
        self.messages = messages
    }
}
