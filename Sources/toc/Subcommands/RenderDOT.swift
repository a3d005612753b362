import ArgumentParser
import Foundation
import TocKit

/// `toc render-dot` (hidden): the child process `toc watch` draws each run in (see `RenderRoute` in TocKit).
///
/// Reads DOT on standard input and writes the drawing on standard output; Graphviz's warnings and any error go to
/// standard error, worded as `toc render` words them, for the watch process to pass on. It writes no file, so a
/// child stopped half way leaves nothing behind, and Graphviz's per-render leaks end with it.
struct RenderDOT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RenderRoute.childCommand,
        abstract: "Draw Graphviz DOT from standard input to standard output (used by toc watch).",
        shouldDisplay: false
    )

    @Option(help: "svg, png or pdf.")
    var format: String

    func run() throws {
        guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
            throw ValidationError("unknown format `\(format)`: use svg, png, pdf or dot")
        }
        let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            let result = try Renderer.render(dot: source, format: chosen)
            for warning in result.warnings {
                Console.error("toc: Graphviz warning: \(warning)\n")
            }
            FileHandle.standardOutput.write(Data(result.bytes))
        } catch {
            throw Console.fail(error)
        }
    }
}
