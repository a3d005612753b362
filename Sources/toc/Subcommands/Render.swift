import ArgumentParser
import Foundation
import TocKit

/// `toc render`: draw a plan's diagram.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",  // given, not derived from the type name at every start (reflection)
        abstract: "Draw a plan as a diagram (SVG, PNG, PDF or Graphviz DOT).",
        discussion: """
            The format follows the output's name. A plan with errors is not drawn (so a good diagram is never
            replaced by a broken one) unless --force is given.

            Examples:
              toc render plan.toc                 writes plan.svg beside the plan
              toc render plan.toc -o plan.png
              toc render plan.toc --indicators    with each outcome's indicators under it
              toc render plan.toc -o - --format dot
            """
    )

    @Argument(help: "The plan to draw.")
    var path: String

    @Option(name: .shortAndLong, help: "Where to write the diagram (.svg, .png, .pdf or .dot), or - for standard output.")
    var output: String?

    @Option(help: "The format, when it cannot be told from the output's name: svg, png, pdf or dot.")
    var format: String?

    @Flag(help: "Draw the plan even if it has errors.")
    var force = false

    @Flag(help: "Leave the legend out of the diagram.")
    var noLegend = false

    @Flag(help: "List each outcome's indicators, with baseline and target, under it.")
    var indicators = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let destination = output ?? ((path as NSString).deletingPathExtension + ".svg")
        guard let chosen = format.map({ OutputFormat(rawValue: $0.lowercased()) }) ?? OutputFormat(path: destination) ?? (destination == "-" ? .svg : nil)
        else {
            if let format { throw ValidationError("unknown format `\(format)`: use svg, png, pdf or dot") }
            throw Console.fail(.unsupportedOutput(path: destination))
        }
        let analysis: Analysis
        do {
            var loading = PlanLoading()
            analysis = try loading.analysis(of: path, formatter: diagnostics.formatter(for: STDERR_FILENO))
        } catch {
            throw Console.fail(error)
        }
        if !analysis.diagnostics.isEmpty {
            Console.error(diagnostics.formatter(for: STDERR_FILENO).format(analysis.diagnostics, in: analysis.file) + "\n")
        }
        if diagnostics.fails(analysis) && !force {
            Console.error("toc: \(path) has \(summary(errors: analysis.count(.error), warnings: diagnostics.strict ? analysis.count(.warning) : 0)); nothing was drawn (use --force to draw it anyway)\n")
            throw ExitCodes.findings
        }
        do {
            let result = try Renderer.render(analysis, format: chosen, options: .init(legend: !noLegend, indicators: indicators))
            for warning in result.warnings {
                Console.error("toc: Graphviz warning: \(warning)\n")
            }
            if destination == "-" {
                FileHandle.standardOutput.write(Data(result.bytes))
            } else {
                try AtomicWriter.write(result.bytes, to: destination)
                Console.error("toc: wrote \(destination)\n")
            }
        } catch {
            throw Console.fail(error)
        }
    }
}
