/// Something wrong in a framework file, with where it is (1-based line and column) and what to do.
public struct FrameworkProblem: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    public let hint: String?

    public init(line: Int, column: Int, message: String, hint: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// "line 12, column 5: every outcome needs an `id`".
    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}

/// Why a framework could not be loaded.
public enum FrameworkLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No file at the path.
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The name does not end in `.yml` or `.yaml`.
    case notYAML(path: String)
    /// Larger than ``FrameworkLibrary/maximumFileSize``.
    case tooLarge(path: String, bytes: Int)
    /// The file was read but does not describe a framework; the first problems found, in file order.
    case invalid(path: String, problems: [FrameworkProblem])
    /// A framework that comes with toc is missing from the installation.
    case bundleMissing(id: String)

    /// The error in a sentence, for messages.
    public var description: String {
        switch self {
        case .notFound(let path): "cannot find the framework file `\(path)`"
        case .unreadable(let path, let reason): "cannot read the framework file `\(path)`: \(reason)"
        case .notYAML(let path): "`\(path)` is not a framework file: its name should end in `.yml` or `.yaml`"
        case .tooLarge(let path, let bytes):
            "the framework file `\(path)` is \(bytes / 1024) KiB; framework files are limited to \(FrameworkLibrary.maximumFileSize / 1024) KiB"
        case .invalid(let path, let problems):
            "the framework file `\(path)` has \(problems.count == 1 ? "a problem" : "\(problems.count) problems"): "
                + problems.map(\.description).joined(separator: "; ")
        case .bundleMissing(let id):
            "the framework `\(id)` that comes with toc is missing from this installation (its `toc_TocFramework.resources` folder should be beside the toc program)"
        }
    }
}
