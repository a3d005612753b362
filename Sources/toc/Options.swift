import ArgumentParser
import Foundation
import TocKit

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour output written to the given file descriptor.
    func enabled(for descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}

/// `--format text|json` for diagnostics.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How diagnostics are shown; shared by every subcommand that checks a plan.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "Colour the messages: auto (when writing to a terminal), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Treat warnings as errors (for funders reviewing bids): exit with status 1 if there are any.")
    var strict = false

    func formatter(for descriptor: Int32) -> AnnotatedFormatter {
        AnnotatedFormatter(style: TerminalStyle(enabled: color.enabled(for: descriptor)))
    }

    /// Whether these findings fail the run.
    func fails(_ analysis: Analysis) -> Bool {
        analysis.hasErrors || (strict && analysis.count(.warning) > 0)
    }
}

/// "2 errors, 1 warning", "no problems".
func summary(errors: Int, warnings: Int, infos: Int = 0) -> String {
    var parts: [String] = []
    if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
    if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
    if infos > 0 { parts.append("\(infos) note\(infos == 1 ? "" : "s")") }
    return parts.isEmpty ? "no problems found" : parts.joined(separator: ", ")
}
