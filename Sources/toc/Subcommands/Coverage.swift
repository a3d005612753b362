import ArgumentParser
import Foundation
import TocKit

/// `toc coverage`: how the plan covers its framework, and how complete its indicator plan is.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",  // given, not derived from the type name at every start (reflection)
        abstract: "Report how a plan covers its framework's features and outcomes, and how complete its indicators are.",
        discussion: """
            Four parts: practice features by activity; framework outcomes with the plan's outcomes and their
            indicators; the indicator plan, one row per indicator; and per stage, the share of outcomes with a
            complete indicator (one with a source, frequency, baseline and target).

            Examples:
              toc coverage plan.toc
              toc coverage plan.toc --format markdown -o coverage.md
              toc coverage plan.toc -o indicators.csv --section indicators
              toc coverage plan.toc --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, markdown, csv, json
    }

    enum Section: String, ExpressibleByArgument, CaseIterable {
        case all, features, outcomes, indicators, stages
    }

    @Argument(help: "The plan to report on.")
    var path: String

    @Option(help: "table (for the terminal), markdown, csv (for spreadsheets) or json. Default: from the output's name, else table.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Where to write it; standard output if not given.")
    var output: String?

    @Option(help: "One part only: features, outcomes, indicators or stages (JSON always has every part).")
    var section: Section = .all

    @Flag(help: "Write the output file even if the plan has errors.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let chosen = format.flatMap { CoverageFormat(rawValue: $0.rawValue) } ?? output.flatMap(CoverageFormat.init(path:)) ?? .table
        let analysis: Analysis
        do {
            analysis = Analysis(file: try PlanLoader.load(path: path))
        } catch {
            throw Console.fail(error)
        }
        // The report itself lists the gaps; only errors are shown here, with a count of the rest.
        let errors = analysis.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            Console.error(diagnostics.formatter(for: STDERR_FILENO).format(errors, in: analysis.file) + "\n")
        }
        let warnings = analysis.count(.warning)
        if warnings > 0 {
            Console.error("toc: \(path) has \(summary(errors: 0, warnings: warnings)); `toc check \(path)` lists them\n")
        }
        let sections = section == .all ? CoverageSection.allCases : CoverageSection.allCases.filter { $0.rawValue == section.rawValue }
        let text = analysis.coverage(as: chosen, sections: sections)
        let failed = diagnostics.fails(analysis)
        if try TextOutput.write(text, to: output, plan: path, failed: failed, force: force), let output {
            Console.error("toc: wrote \(output)\n")
        }
        if failed { throw ExitCodes.findings }
    }
}
