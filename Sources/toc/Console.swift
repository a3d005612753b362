import Foundation
import ArgumentParser
import TocKit

/// Where the CLI writes: standard output for results, standard error for messages about the run.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Reports an operational failure and returns the exit code for it.
    static func fail(_ error: TocError) -> ExitCode {
        Self.error("toc: error: \(error)\n")
        return ExitCodes.code(for: error)
    }
}

