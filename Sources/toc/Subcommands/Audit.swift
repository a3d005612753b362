import ArgumentParser
import Foundation
import TocKit

/// `toc audit`: the funder's view of a plan in one document.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",  // given, not derived from the type name at every start (reflection)
        abstract: "Write a plan's audit for funders: diagram, Audit of Service checklist, findings, coverage (HTML, Markdown or PDF).",
        discussion: """
            One document with the diagram, the Audit of Service checklist (Rees Centre, 2017) with the plan's own \
            answers and what its model shows, every finding with its hint and evidence, the coverage tables and the \
            indicator plan, and a one-line verdict. A plan with errors still gets its audit, which says so at the top.

            The format follows the output's name: .html (one self-contained file), .md (with the diagram as an .svg \
            file beside it) or .pdf (printed by a headless Chromium, if one is installed; otherwise the HTML is written \
            and you can print it to PDF from any browser).

            Examples:
              toc audit plan.toc                  writes plan-audit.html beside the plan
              toc audit plan.toc -o audit.html
              toc audit plan.toc -o audit.md      also writes audit-diagram.svg
              toc audit plan.toc -o audit.pdf

            Exit status: 0 written, 1 written but the plan has errors (or warnings, with --strict), 69 a PDF was asked \
            for and no headless Chromium was found (the HTML was written instead).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, pdf
    }

    @Argument(help: "The plan to audit.")
    var path: String

    @Option(name: .shortAndLong, help: "Where to write the audit (.html, .md or .pdf), or - for standard output.")
    var output: String?

    @Option(help: "html, markdown or pdf, when it cannot be told from the output's name.")
    var format: Format?

    @OptionGroup var diagnostics: DiagnosticOptions

    /// No headless browser to print a PDF with (sysexits EX_UNAVAILABLE).
    static let unavailable = ExitCode(69)

    func run() throws {
        let destination = output ?? ((path as NSString).deletingPathExtension + "-audit.html")
        let chosen: AuditFormat
        if let format {
            chosen = AuditFormat(rawValue: format.rawValue)!
        } else if destination == "-" {
            chosen = .html
        } else if let implied = AuditFormat(path: destination) {
            chosen = implied
        } else {
            throw ValidationError("cannot tell what to write from the name `\(destination)`: end it in .html, .md or .pdf, or give --format")
        }
        if destination == "-" && chosen == .pdf { throw ValidationError("a PDF cannot go to standard output: give a file name with -o") }

        let analysis: Analysis
        do {
            var loading = PlanLoading()
            analysis = try loading.analysis(of: path, formatter: diagnostics.formatter(for: STDERR_FILENO))
        } catch {
            throw Console.fail(error)
        }
        let counts = summary(errors: analysis.count(.error), warnings: analysis.count(.warning), infos: analysis.count(.info))
        Console.error("toc: \(path): \(counts)\(analysis.diagnostics.isEmpty ? "" : " (listed in the audit)")\n")
        let generator = "toc \(TocVersion.current)"

        if destination == "-" {
            if chosen == .markdown {
                Console.out(analysis.auditMarkdown(diagramFile: nil, generator: generator))
            } else {
                let (html, warnings) = analysis.auditHTML(generator: generator)
                warnings.forEach { Console.error("toc: warning: \($0)\n") }
                Console.out(html)
            }
        } else {
            try write(analysis, to: destination, format: chosen, generator: generator)
        }
        if analysis.hasErrors {
            Console.error("toc: \(path) has errors; the audit says so at the top\n")
        }
        if diagnostics.fails(analysis) { throw ExitCodes.findings }
    }

    private func write(_ analysis: Analysis, to destination: String, format: AuditFormat, generator: String) throws {
        do {
            let result = try AuditWriter.write(analysis, to: destination, format: format, generator: generator)
            result.warnings.forEach { Console.error("toc: warning: \($0)\n") }
            result.files.forEach { Console.error("toc: wrote \($0)\n") }
        } catch .noBrowser {
            let html = (destination as NSString).deletingPathExtension + ".html"
            do {
                _ = try AuditWriter.write(analysis, to: html, format: .html, generator: generator)
            } catch {
                Console.error("toc: error: \(error)\n")
                throw ExitCodes.cannotCreate
            }
            Console.error("toc: \(AuditWriter.Failure.noBrowser); wrote \(html) instead.\n"
                + "To make the PDF: \(HeadlessBrowser.printAdvice)\n")
            throw Self.unavailable
        } catch .browser(let failure) {
            Console.error("toc: error: \(failure)\n")
            throw ExitCodes.software
        } catch .write(let error) {
            throw Console.fail(error)
        }
    }
}
