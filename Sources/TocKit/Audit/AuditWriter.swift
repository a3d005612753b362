import Foundation

/// Writes a plan's audit to a file, atomically: HTML; Markdown with its diagram as an SVG file beside it; or PDF,
/// the HTML printed by a headless Chromium. A plan with errors still gets its audit (the report says so).
public enum AuditWriter {
    /// What was written.
    public struct Result: Sendable {
        /// Every file written, the audit last.
        public let files: [String]
        /// Graphviz's warnings, or why the diagram is missing.
        public let warnings: [String]
    }

    /// Why an audit could not be written.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A PDF was asked for and there is no headless Chromium on `PATH`.
        case noBrowser
        case browser(HeadlessBrowser.Failure)
        case write(TocError)

        public var description: String {
            switch self {
            case .noBrowser: "no headless Chromium was found on PATH to print the PDF (looked for \(HeadlessBrowser.names.joined(separator: ", ")))"
            case .browser(let failure): "\(failure)"
            case .write(let error): "\(error)"
            }
        }
    }

    /// The diagram file written beside a Markdown audit: `audit.md` → `audit-diagram.svg`.
    public static func diagramPath(forMarkdown path: String) -> String {
        ((path as NSString).deletingPathExtension) + "-diagram.svg"
    }

    /// Writes the audit in a format.
    ///
    /// - Parameters:
    ///   - browser: the headless Chromium for PDF; found on `PATH` when nil.
    ///   - generator: the tool and version, for the report's footer.
    public static func write(
        _ analysis: Analysis, to path: String, format: AuditFormat, browser: HeadlessBrowser? = nil, generator: String = "toc"
    ) throws(Failure) -> Result {
        switch format {
        case .html:
            let (html, warnings) = analysis.auditHTML(generator: generator)
            try save(Array(html.utf8), to: path)
            return Result(files: [path], warnings: warnings)
        case .markdown:
            return try markdown(analysis, to: path, generator: generator)
        case .pdf:
            guard let browser = browser ?? HeadlessBrowser.find() else { throw .noBrowser }
            return try pdf(analysis, to: path, browser: browser, generator: generator)
        }
    }

    private static func markdown(_ analysis: Analysis, to path: String, generator: String) throws(Failure) -> Result {
        let diagramPath = diagramPath(forMarkdown: path)
        var warnings: [String] = []
        var diagramFile: String?
        do {
            let result = try analysis.auditDiagramSVG()
            try save(result.bytes, to: diagramPath)
            warnings = result.warnings
            diagramFile = (diagramPath as NSString).lastPathComponent
        } catch let failure as Failure {
            throw failure
        } catch {
            warnings.append("the diagram could not be drawn: \(error)")
        }
        try save(Array(analysis.auditMarkdown(diagramFile: diagramFile, generator: generator).utf8), to: path)
        return Result(files: (diagramFile == nil ? [] : [diagramPath]) + [path], warnings: warnings)
    }

    private static func pdf(_ analysis: Analysis, to path: String, browser: HeadlessBrowser, generator: String) throws(Failure) -> Result {
        let (html, warnings) = analysis.auditHTML(generator: generator)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("audit.html")
        let printed = folder.appendingPathComponent("audit.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw .write(.writeFailed(path: page.path, reason: (error as NSError).localizedDescription))
        }
        do {
            try browser.printToPDF(page, to: printed)
        } catch {
            throw .browser(error)
        }
        guard let bytes = try? Data(contentsOf: printed), bytes.starts(with: Array("%PDF-".utf8)) else {
            throw .browser(.failed("it did not write a PDF"))
        }
        try save(Array(bytes), to: path)
        return Result(files: [path], warnings: warnings)
    }

    private static func save(_ bytes: [UInt8], to path: String) throws(Failure) {
        do {
            try AtomicWriter.write(bytes, to: path)
        } catch {
            throw .write(error)
        }
    }
}
