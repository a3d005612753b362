/// What `toc audit` can write.
public enum AuditFormat: String, Sendable, CaseIterable {
    /// One self-contained HTML file (inline CSS and SVG, no scripts).
    case html
    /// Markdown, with the diagram as an SVG file beside it.
    case markdown
    /// The HTML printed to PDF (A4) by a headless Chromium.
    case pdf

    /// The format a file name implies (`audit.md` → `.markdown`); nil for other endings.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .pdf: "pdf"
        }
    }
}
