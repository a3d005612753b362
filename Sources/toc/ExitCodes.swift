import ArgumentParser
import TocKit

/// The exit codes `toc` documents (README and `toc --help`), following sysexits(3) where one fits.
enum ExitCodes {
    /// The plan has errors (or warnings, with `--strict`).
    static let findings = ExitCode(1)
    /// A plan could not be read.
    static let noInput = ExitCode(66)
    /// Graphviz failed.
    static let software = ExitCode(70)
    /// An output could not be written.
    static let cannotCreate = ExitCode(73)

    static func code(for error: TocError) -> ExitCode {
        switch error {
        case .fileNotFound, .unreadable, .noPlansFound, .fileTooLarge: noInput
        case .unsupportedOutput: ExitCode.validationFailure
        case .graphviz: software
        case .writeFailed: cannotCreate
        }
    }
}
