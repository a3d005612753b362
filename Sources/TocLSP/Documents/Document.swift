import Foundation
import TocDiagnostics
import TocKit

/// An open plan as the editor has it (not as it is on disk), with its latest analysis.
///
/// The analysis is made when first asked for after an edit and kept until the next edit, so a burst of requests
/// (hover, then completion, then code actions) checks the plan once.
public struct Document: Sendable {
    public let uri: String
    /// The file path the plan is at, used to find its `toc.config` and framework files; for an unsaved document,
    /// the URI itself.
    public let path: String
    public private(set) var version: Int
    public private(set) var file: SourceFile
    private var cached: Analysis?
    private var cachedIndex: PlanIndex?

    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri)
        self.version = version
        self.file = SourceFile(path: path, text: text)
    }

    /// Applies an editor's changes in order: each replaces a range, or the whole text when it has none.
    public mutating func apply(_ changes: [TextDocumentContentChangeEvent], version: Int?, encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                file = SourceFile(path: path, text: change.text)
                continue
            }
            // Positions in each change refer to the text after the changes before it.
            let replaced = encoding.sourceRange(of: range, in: file)
            var bytes = file.utf8
            bytes.replaceSubrange(replaced.start..<replaced.end, with: Array(change.text.utf8))
            file = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        }
        if let version { self.version = version } else { self.version += 1 }
        cached = nil
        cachedIndex = nil
    }

    /// Whether the current text has been checked.
    public var isAnalysed: Bool { cached != nil }

    /// The plan checked as it is now, with the rule settings of the `toc.config` beside it (if any).
    public mutating func analysis() -> Analysis {
        if let cached { return cached }
        let configuration = (try? ConfigurationFile.load(forPlanAt: path))?.configuration
        let analysis = Analysis(file: file, configuration: configuration ?? .init())
        cached = analysis
        return analysis
    }

    /// Every token of the plan as it is now with its role (for hover, navigation and renaming), kept like the
    /// analysis until the next edit.
    public mutating func index() -> PlanIndex {
        if let cachedIndex { return cachedIndex }
        let index = PlanIndex(analysis().syntax)
        cachedIndex = index
        return index
    }
}

/// Turns `file://` URIs into paths.
public enum DocumentURI {
    /// The path of a `file:` URI (percent-escapes decoded); other URIs (`untitled:Untitled-1`) are returned as they are.
    public static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://"), let url = URL(string: uri), url.isFileURL else { return uri }
        return url.path
    }
}
