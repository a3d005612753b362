import ArgumentParser
import Foundation
import TocKit

/// `toc check`: find mistakes and gaps in one plan, several, or every plan in a folder.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",  // given, not derived from the type name at every start (reflection)
        abstract: "Check plans for mistakes and gaps, with a hint for each.",
        discussion: """
            Examples:
              toc check plan.toc
              toc check bids/ --strict           every .toc file in bids/; warnings fail too
              toc check plan.toc --format json   for editors and scripts
            """
    )

    @Argument(help: "Plan files, or folders to search for .toc files.")
    var paths: [String]

    @Option(help: "How to write findings: text (for people) or json (for tools).")
    var format: DiagnosticsFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let planPaths: [String]
        do {
            planPaths = try PlanLoader.planPaths(paths)
        } catch {
            throw Console.fail(error)
        }
        var batches: [FileDiagnostics] = []
        var failed = false
        var unreadable: TocError?
        let formatter = diagnostics.formatter(for: STDOUT_FILENO)
        var totals = (errors: 0, warnings: 0, infos: 0)
        var loading = PlanLoading()
        for path in planPaths {
            let analysis: Analysis
            do {
                analysis = try loading.analysis(of: path, formatter: diagnostics.formatter(for: STDERR_FILENO))
            } catch {
                Console.error("toc: error: \(error)\n")
                unreadable = unreadable ?? error
                continue
            }
            // Freeing a large analysis costs more than checking some plans; the process is about to end anyway.
            KeptUntilExit.keep(analysis, bytes: analysis.file.utf8.count)
            let file = analysis.file
            failed = failed || diagnostics.fails(analysis)
            totals.errors += analysis.count(.error)
            totals.warnings += analysis.count(.warning)
            totals.infos += analysis.count(.info)
            switch format {
            case .json:
                batches.append(FileDiagnostics(file: file, diagnostics: analysis.diagnostics))
            case .text:
                if !analysis.diagnostics.isEmpty {
                    Console.out(formatter.format(analysis.diagnostics, in: file) + "\n")
                }
                let setAside = analysis.suppressed.isEmpty ? "" : " (\(analysis.suppressed.count) set aside with toc-ignore)"
                Console.out("\(path): \(summary(errors: analysis.count(.error), warnings: analysis.count(.warning), infos: analysis.count(.info)))\(setAside)\n")
            }
        }
        switch format {
        case .json:
            Console.out(JSONDiagnosticFormatter().format(batches))
        case .text where planPaths.count > 1:
            Console.out("\nChecked \(planPaths.count) plans: \(summary(errors: totals.errors, warnings: totals.warnings, infos: totals.infos)).\n")
        case .text:
            break
        }
        if let unreadable { throw ExitCodes.code(for: unreadable) }
        if failed || loading.configurationFailed { throw ExitCodes.findings }
    }
}
