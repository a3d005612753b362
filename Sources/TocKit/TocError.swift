import TocGraphviz

/// Operational failures (as opposed to mistakes in a plan, which are diagnostics). The CLI maps each to an exit code.
public enum TocError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case noPlansFound(path: String)
    case fileTooLarge(path: String, bytes: Int, limit: Int)
    case unsupportedOutput(path: String)
    case graphviz(GraphvizError)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): "cannot find `\(path)`"
        case .unreadable(let path, let reason): "cannot read `\(path)`: \(reason)"
        case .noPlansFound(let path): "no `.toc` files in `\(path)`"
        case .fileTooLarge(let path, let bytes, let limit):
            // Rounded up, so a file just over the limit does not read as the limit itself.
            "`\(path)` is \((bytes + 1_048_575) / 1_048_576) MiB; plans are limited to \(limit / 1_048_576) MiB "
                + "(split it into several plans, one per programme or strand of work)"
        case .unsupportedOutput(let path): "cannot tell what to write from the name `\(path)`: end it in .svg, .png, .pdf or .dot"
        case .graphviz(let error): "Graphviz could not draw the diagram: \(error)"
        case .writeFailed(let path, let reason): "cannot write `\(path)`: \(reason)"
        }
    }
}
