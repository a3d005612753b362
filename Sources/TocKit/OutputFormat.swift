import Foundation
import TocGraphviz

/// What `toc render` can write.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The format a file name implies (`plan.svg` → `.svg`).
    public init?(path: String) {
        self.init(rawValue: (path as NSString).pathExtension.lowercased())
    }

    var graphviz: GraphvizFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: nil
        }
    }
}
