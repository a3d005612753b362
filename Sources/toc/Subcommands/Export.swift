import ArgumentParser
import Foundation
import TocKit

/// `toc export`: the checked model for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",  // given, not derived from the type name at every start (reflection)
        abstract: "Write the checked model as JSON (schema in docs/json-export.md), as Graphviz DOT, or its results as IATI 2.03 XML.",
        discussion: """
            A plan with errors is exported as far as it could be understood; to a file only with --force.

            Examples:
              toc export plan.toc --format json > plan.json
              toc export plan.toc --format json -o plan.json
              toc export plan.toc --format iati -o results.xml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, dot, iati
    }

    @Argument(help: "The plan to export.")
    var path: String

    @Option(help: "json, dot, or iati (outputs and outcomes with their indicators as IATI 2.03 results; see docs/iati.md).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Where to write it; standard output if not given.")
    var output: String?

    @Flag(help: "Write the output file even if the plan has errors.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
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
        let text = switch format {
        case .json: ModelExport.json(analysis.model)
        case .dot: Renderer.dot(analysis)
        case .iati: IATIExport.xml(analysis.model)
        }
        let failed = diagnostics.fails(analysis)
        try TextOutput.write(text, to: output, plan: path, failed: failed, force: force)
        if failed { throw ExitCodes.findings }
    }
}
