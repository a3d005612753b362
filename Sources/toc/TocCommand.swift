import ArgumentParser
import TocKit

/// `toc`: check, draw and export theories of change written in the `.toc` language.
@main
struct TocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: "Check, draw and export theories of change for children's social care projects.",
        discussion: """
            Write your plan in a .toc file (docs/language.md), or start from a
            template with `toc init --list`. Then:

              toc check plan.toc               mistakes and gaps, with hints
              toc check bids/ --strict         every plan in a folder
              toc render plan.toc -o plan.svg  the diagram (.svg .png .pdf .dot)
              toc watch plan.toc               check and redraw on every save
              toc coverage plan.toc            framework and indicator coverage
              toc audit plan.toc -o audit.html the funder's audit report
              toc fmt plan.toc                 tidy the layout
              toc export plan.toc              the model as JSON (or IATI XML)
              toc explain short-lead-in        why a rule exists, and its evidence
              toc lsp                          the language server editors start

            Exit status:
              0   no errors (warnings allowed, unless --strict)
              1   errors found (or warnings, with --strict)
              64  the command was used wrongly
              66  a plan could not be read
              69  no headless Chromium to print a PDF audit
              70  Graphviz failed
              73  an output file could not be written
            """,
        version: TocVersion.current,
        subcommands: [Check.self, Render.self, Export.self, Coverage.self, Audit.self, Explain.self, Format.self, Init.self, Watch.self, LSP.self, RenderDOT.self]
    )
}

enum TocVersion {
    static let current = "0.1.0"
}
