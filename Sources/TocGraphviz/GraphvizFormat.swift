/// An output format Graphviz can render a laid-out graph to.
///
/// The raw value is both the Graphviz output format name (as in `dot -T<format>`)
/// and the conventional file extension.
public enum GraphvizFormat: String, Sendable, CaseIterable {
    /// Scalable Vector Graphics, produced by Graphviz's core SVG renderer.
    case svg
    /// Portable Network Graphics, produced by the cairo/pango plugin.
    case png
    /// Portable Document Format, produced by the cairo/pango plugin.
    case pdf

    /// The file extension for files in this format, without the leading dot.
    public var fileExtension: String { rawValue }
}
