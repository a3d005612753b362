import ArgumentParser
import Foundation
import TocKit

/// `toc fmt`: lay plans out in the one canonical form, so that two versions compare line by line.
struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Tidy plans into the standard layout, keeping every word and comment.",
        discussion: """
            Details go in the standard order, indented by two spaces; one blank line separates elements; comments \
            stay with the line they were written on. A plan with syntax errors is left exactly as it is: fix the \
            errors first (toc check explains each).

            Examples:
              toc fmt plan.toc              format the file in place
              toc fmt bids/                 every .toc file in a folder
              toc fmt --check bids/         list files that need formatting
              toc fmt plan.toc --stdout     print the result instead of saving it
              toc fmt - < plan.toc          read standard input, print the result
            """
    )

    @Argument(help: "Plan files, or folders to search for .toc files; `-` for standard input.")
    var paths: [String]

    @Flag(help: "Change nothing; list the files that would change, and exit with status 1 if there are any.")
    var check = false

    @Flag(help: "Print the formatted plans instead of saving them.")
    var stdout = false

    @Option(help: "Colour the messages: auto (when writing to a terminal), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if check && stdout { throw ValidationError("use either --check or --stdout, not both") }
        if paths.contains("-") && paths.count > 1 {
            throw ValidationError("`-` (standard input) cannot be combined with other paths")
        }
    }

    func run() throws {
        if paths == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let file = SourceFile(path: "<stdin>", text: String(decoding: data, as: UTF8.self))
            let status = handle(Formatting.format(file), toStandardOutput: true)
            if status != .ok { throw ExitCodes.findings }
            return
        }
        let planPaths: [String]
        do {
            planPaths = try PlanLoader.planPaths(paths)
        } catch {
            throw Console.fail(error)
        }
        var failed = false
        var operational: TocError?
        for path in planPaths {
            let file: SourceFile
            do {
                file = try PlanLoader.load(path: path)
            } catch {
                Console.error("toc: error: \(error)\n")
                operational = operational ?? error
                continue
            }
            switch handle(Formatting.format(file), toStandardOutput: stdout) {
            case .ok: break
            case .findings: failed = true
            case .failure(let error): operational = operational ?? error
            }
        }
        if let operational { throw ExitCodes.code(for: operational) }
        if failed { throw ExitCodes.findings }
    }

    private enum Status: Equatable {
        case ok, findings, failure(TocError)
    }

    private func handle(_ result: Formatting.Result, toStandardOutput: Bool) -> Status {
        let path = result.file.path
        guard let formatted = result.formatted else {
            let formatter = AnnotatedFormatter(style: TerminalStyle(enabled: color.enabled(for: STDERR_FILENO)))
            Console.error(formatter.format(result.errors, in: result.file) + "\n")
            let count = result.errors.count
            let errors = count == 1 ? "1 error; fix it" : "\(count) errors; fix them"
            Console.error("\(path): not formatted, because it has \(errors) and run toc fmt again\n")
            return .findings
        }
        if check {
            guard result.changesFile else { return .ok }
            Console.out("\(path): needs formatting (run `toc fmt \(path)`)\n")
            return .findings
        }
        if toStandardOutput {
            Console.out(formatted)
            return .ok
        }
        guard result.changesFile else {
            Console.out("\(path): already formatted\n")
            return .ok
        }
        do {
            try Formatting.save(result)
        } catch {
            Console.error("toc: error: \(error)\n")
            return .failure(error)
        }
        Console.out("\(path): formatted\n")
        return .ok
    }
}
