import Foundation

/// How `toc watch` draws each run: in its own process, or in a short-lived child `toc` process.
///
/// Graphviz 2.42's dot layout leaks a little memory on every render (docs/performance.md, "toc watch"), which adds
/// up in a process that redraws on every save. So for the formats Graphviz draws (SVG, PNG, PDF) the watch process
/// checks the plan and writes its DOT as usual, then hands the DOT to a child running its own executable as
/// `toc render-dot --format FORMAT`, which reads it on standard input and writes the drawing on standard output;
/// the leak ends with the child. DOT output needs no Graphviz and stays in the process.
///
/// The child gets the DOT of the very analysis the watch process checked (not the plan's path): the plan may be
/// saved again between the check and the drawing, and a diagram of a different version than the findings printed
/// (or of a broken one) must never replace a good one. The child is a pure filter: the watch process keeps writing
/// the file atomically itself, so a child stopped half way leaves nothing behind.
public enum RenderRoute: Equatable, Sendable {
    /// Drawn in the calling process.
    case inProcess
    /// Drawn by running `executable` with `arguments`, the DOT on its standard input.
    case childProcess(executable: String, arguments: [String])

    /// The hidden subcommand the child runs.
    public static let childCommand = "render-dot"

    /// The route for one format: Graphviz formats go to a child when `executable` (normally
    /// ``ownExecutable(procSelf:bundle:argument0:currentDirectory:isExecutable:)``) is known.
    public static func forWatch(format: OutputFormat, executable: String?) -> RenderRoute {
        guard format.graphviz != nil, let executable else { return .inProcess }
        return .childProcess(executable: executable, arguments: [childCommand, "--format", format.rawValue])
    }

    /// The running program's own executable: `/proc/self/exe` on Linux (which still runs the very binary this process
    /// was started from, even if it has since been rebuilt or deleted, so parent and child always agree), else the
    /// bundle's executable path, else `argv[0]` when it is a path; `nil` if none of these can be run.
    public static func ownExecutable(
        procSelf: String = "/proc/self/exe",
        bundle: String? = Bundle.main.executablePath,
        argument0: String? = CommandLine.arguments.first,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) }
    ) -> String? {
        var candidates = [procSelf]
        if let bundle { candidates.append(bundle) }
        if let argument0, argument0.contains("/") {
            candidates.append(argument0.hasPrefix("/") ? argument0 : (currentDirectory as NSString).appendingPathComponent(argument0))
        }
        return candidates.first(where: isExecutable)
    }

    /// A drawing made in a child process, and what the child wrote on standard error (its Graphviz warnings,
    /// already worded for the terminal) for the caller to pass on.
    public struct Drawing: Sendable {
        public let bytes: [UInt8]
        public let report: String
    }

    /// Why a child process made no drawing, and what it wrote on standard error (its own explanation).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            case cannotStart(String)
            case failed(ChildProcess.Termination)
            case wroteNothing
            /// The stop flag was set while the child ran (so it was sent `SIGTERM`).
            case stopped
        }

        public let reason: Reason
        public let report: String

        public var description: String {
            switch reason {
            case .cannotStart(let why): "could not start the drawing process (\(why))"
            case .failed(let termination): "the drawing process failed (\(termination))"
            case .wroteNothing: "the drawing process wrote nothing"
            case .stopped: "stopped while drawing"
            }
        }
    }

    /// Draws `dot` by running the child process. Only for ``childProcess(executable:arguments:)``.
    ///
    /// - Parameter stop: setting it while the child runs stops the child.
    public func drawInChild(dot: String, stop: StopFlag? = nil) throws(Failure) -> Drawing {
        guard case .childProcess(let executable, let arguments) = self else {
            preconditionFailure("drawInChild(dot:stop:) needs a child process route")
        }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(executable, arguments: arguments, argument0: "toc", input: Array(dot.utf8), stop: stop)
        } catch {
            throw Failure(reason: .cannotStart(error.reason), report: "")
        }
        let report = String(decoding: outcome.standardError, as: UTF8.self)
        guard outcome.termination == .exited(0) else {
            throw Failure(reason: stop?.isSet == true ? .stopped : .failed(outcome.termination), report: report)
        }
        guard !outcome.standardOutput.isEmpty else { throw Failure(reason: .wroteNothing, report: report) }
        return Drawing(bytes: outcome.standardOutput, report: report)
    }
}
