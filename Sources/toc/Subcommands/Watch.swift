import ArgumentParser
import Dispatch
import Foundation
import TocKit

/// `toc watch`: check and redraw a plan every time it is saved.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",  // given, not derived from the type name at every start (reflection)
        abstract: "Check and redraw a plan every time it (or its folder's toc.config) is saved.",
        discussion: """
            Checks and draws the plan once, then again after every save, printing the findings and a timestamped \
            summary each time. A plan with errors is reported and the previous diagram is left as it was. The \
            files are polled every 300 ms. SVG, PNG and PDF are drawn by a short-lived child process each time, so \
            the watch does not grow in memory however long it runs. Press Ctrl-C to stop.

            Examples:
              toc watch plan.toc                  keeps plan.svg beside the plan up to date
              toc watch plan.toc -o plan.png --indicators
            """
    )

    @Argument(help: "The plan to watch.")
    var path: String

    @Option(name: .shortAndLong, help: "Where to write the diagram (.svg, .png, .pdf or .dot).")
    var output: String?

    @Option(help: "The format, when it cannot be told from the output's name: svg, png, pdf or dot.")
    var format: String?

    @Flag(help: "Leave the legend out of the diagram.")
    var noLegend = false

    @Flag(help: "List each outcome's indicators, with baseline and target, under it.")
    var indicators = false

    @Option(help: ArgumentHelp("Stop after this many runs (for tests).", visibility: .hidden))
    var iterations: Int?

    @Option(help: ArgumentHelp("Draw in child processes of this program instead of toc itself (for tests).", visibility: .hidden))
    var drawWith: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if output == "-" { throw ValidationError("toc watch writes a file; give -o a file name") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        let destination = output ?? ((path as NSString).deletingPathExtension + ".svg")
        guard let chosen = format.map({ OutputFormat(rawValue: $0.lowercased()) }) ?? OutputFormat(path: destination) else {
            if let format { throw ValidationError("unknown format `\(format)`: use svg, png, pdf or dot") }
            throw Console.fail(.unsupportedOutput(path: destination))
        }
        let stop = StopFlag()
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.set() }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }

        let route = RenderRoute.forWatch(format: chosen, executable: drawWith ?? RenderRoute.ownExecutable())
        if chosen != .dot, route == .inProcess {
            Console.error("toc: cannot find toc's own executable to draw in a child process; drawing in this one\n")
        }
        let watcher = Watcher(paths: Watcher.files(forPlanAt: path))
        var stamps = watcher.snapshot()
        var runs = 0
        Console.error("toc: watching \(path) (Ctrl-C to stop)\n")
        while true {
            runs += 1
            once(run: runs, to: destination, format: chosen, route: route, stop: stop)
            if let iterations, runs >= iterations { break }
            guard let changed = watcher.waitForChange(from: stamps, stop: stop) else { break }
            stamps = changed
        }
    }

    /// One check and render, ending with one timestamped line. Never throws: every problem is reported and the
    /// watch goes on.
    private func once(run: Int, to destination: String, format: OutputFormat, route: RenderRoute, stop: StopFlag) {
        let formatter = diagnostics.formatter(for: STDERR_FILENO)
        func finish(_ text: String) {
            Console.error("\(Watcher.timestamp()) run \(run): \(text)\n")
        }
        let analysis: Analysis
        do {
            var loading = PlanLoading()
            analysis = try loading.analysis(of: path, formatter: formatter)
        } catch {
            return finish("toc: error: \(error); \(destination) left as it was")
        }
        if !analysis.diagnostics.isEmpty {
            Console.error(formatter.format(analysis.diagnostics, in: analysis.file) + "\n")
        }
        let found = summary(errors: analysis.count(.error), warnings: analysis.count(.warning), infos: analysis.count(.info))
        if diagnostics.fails(analysis) {
            return finish("\(path): \(found); \(destination) left as it was")
        }
        let options = DOTWriter.Options(legend: !noLegend, indicators: indicators)
        let bytes: [UInt8]
        if route == .inProcess {
            do {
                let result = try Renderer.render(analysis, format: format, options: options)
                for warning in result.warnings {
                    Console.error("toc: Graphviz warning: \(warning)\n")
                }
                bytes = result.bytes
            } catch {
                return finish("toc: error: \(error); \(destination) left as it was")
            }
        } else {
            // Graphviz runs in a child, so its leaks end with it; its own messages are passed on as they are.
            do {
                let drawing = try route.drawInChild(dot: Renderer.dot(analysis, options: options), stop: stop)
                relay(drawing.report)
                bytes = drawing.bytes
            } catch {
                relay(error.report)
                return finish("\(path): \(found); \(error); \(destination) left as it was")
            }
        }
        do {
            try AtomicWriter.write(bytes, to: destination)
            finish("\(path): \(found); wrote \(destination)")
        } catch {
            finish("toc: error: \(error); \(destination) left as it was")
        }
    }

    /// Passes on what the drawing process wrote on standard error.
    private func relay(_ report: String) {
        guard !report.isEmpty else { return }
        Console.error(report.hasSuffix("\n") ? report : report + "\n")
    }
}
