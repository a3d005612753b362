import Foundation
import TocDiagnostics
import TocLang

/// `toc fmt`: lays a plan out in the language's one canonical form, or refuses when that could lose the writer's
/// words.
public enum Formatting {
    /// The outcome of formatting one file.
    public struct Result: Sendable {
        /// The file as it was read.
        public let file: SourceFile
        /// The plan in canonical form; nil when formatting was refused.
        public let formatted: String?
        /// Why formatting was refused: the plan's syntax errors (or a text that is not UTF-8). Empty when formatted.
        public let errors: [Diagnostic]

        /// Whether formatting was refused (see ``errors``).
        public var isRefused: Bool { formatted == nil }

        /// Whether the canonical form differs from the file as it is (so the file would be rewritten).
        public var changesFile: Bool {
            guard let formatted else { return false }
            return formatted != file.text
        }
    }

    /// Formats a plan. Never fails: a plan that cannot be formatted safely comes back refused, with the reasons.
    public static func format(_ file: SourceFile) -> Result {
        let encoding = Analysis.encodingDiagnostics(file)
        guard encoding.isEmpty else { return Result(file: file, formatted: nil, errors: encoding) }
        switch PlanFormatter.format(Parser.parse(file)) {
        case .formatted(let text):
            return Result(file: file, formatted: text, errors: [])
        case .refused(let errors):
            return Result(file: file, formatted: nil, errors: errors.sortedForDisplay())
        }
    }
}

extension Formatting {
    /// Saves a formatted plan over its file, atomically, when it changes the file.
    ///
    /// A symbolic link is followed (the file it points to is rewritten, and the link kept), and the file keeps its
    /// permissions. Does nothing for a refused or unchanged result.
    public static func save(_ result: Result) throws(TocError) {
        guard let formatted = result.formatted, result.changesFile else { return }
        let target = URL(fileURLWithPath: result.file.path).resolvingSymlinksInPath().path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: target))?[.posixPermissions] as? NSNumber
        try AtomicWriter.write(formatted, to: target)
        if let permissions {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: target)
        }
    }
}
