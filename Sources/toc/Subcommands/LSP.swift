import ArgumentParser
import Foundation
import TocLSP

/// `toc lsp`: the language server editors start, speaking the Language Server Protocol over stdin and stdout.
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server an editor talks to (over stdin and stdout).",
        discussion: """
            Editors start this themselves; you do not run it by hand. It checks a plan as you type and gives \
            the editor hover help, go to definition, find references, rename, completion, the outline, \
            formatting and quick fixes. Setting up VS Code, Neovim, Helix and others: docs/editors.md.

            Exit status: 0 when the editor shut the server down properly, 1 otherwise.
            """
    )

    @Option(help: "Milliseconds to wait after an edit before checking (the editor can also set this).")
    var debounce: Int = 200

    @Flag(help: ArgumentHelp("Accepted for editors that pass it; stdio is the only transport.", visibility: .hidden))
    var stdio = false

    func run() throws {
        // A client that closes the pipe must not kill the server mid-write; the next read sees the end instead.
        signal(SIGPIPE, SIG_IGN)
        let status = ServerLoop.run(
            input: STDIN_FILENO, output: STDOUT_FILENO, version: TocVersion.current, debounce: Double(max(0, debounce)) / 1000
        )
        if status != 0 { throw ExitCode(status) }
    }
}
