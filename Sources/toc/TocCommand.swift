import ArgumentParser
import TocKit

/// `toc`: check, draw and export theories of change written in the `.toc` language.
@main
struct TocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: "Check, draw and export theories of change for children's social care projects.",
        discussion: """
            Write your plan in a .toc file (see docs/language.md), then:

              toc check plan.toc                  find mistakes and gaps, with hints
              toc check bids/                     check every .toc file in a folder
              toc render plan.toc -o plan.svg     draw the diagram (.svg, .png, .pdf or .dot)
              toc export plan.toc --format json   the checked model, for other tools
              toc coverage plan.toc               framework coverage and the indicator plan's gaps
              toc audit plan.toc -o audit.html    the funder's audit: diagram, checklist, findings (.html, .md, .pdf)
              toc explain skipped-stage           why a rule exists, with its evidence

            Exit status: 0 no errors (warnings allowed), 1 errors found (or warnings with --strict),
            64 the command was used wrongly, 66 a plan could not be read, 70 Graphviz failed,
            69 no headless Chromium to print a PDF audit, 73 an output file could not be written.
            """,
        version: TocVersion.current,
        subcommands: [Check.self, Render.self, Export.self, Coverage.self, Audit.self, Explain.self, Format.self, Init.self]
    )
}

enum TocVersion {
    static let current = "0.1.0"
}
