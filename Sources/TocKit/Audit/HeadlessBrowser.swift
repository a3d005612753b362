import Foundation

/// A headless Chromium found on `PATH`, run as a separate process: prints the HTML audit to PDF, and (for the tests)
/// takes screenshots and dumps the DOM a page ends up with.
///
/// Chromium is optional: Debian's package is `chromium` (`scripts/install-test-browser.sh`). Each run gets a fresh,
/// temporary profile. Run as root (in a container), Chromium refuses to start inside its sandbox, so `--no-sandbox`
/// is passed then; the pages it opens are toc's own reports, which hold no scripts and forbid them by their
/// Content-Security-Policy.
public struct HeadlessBrowser: Sendable {
    /// The executable.
    public let path: String

    /// The names looked for on `PATH`, in order.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// How long one run may take before it is stopped.
    public static let timeout: TimeInterval = 120

    /// What went wrong running the browser.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// It ran but failed, or wrote nothing; with the last lines it printed.
        case failed(String)
        case timedOut

        public var description: String {
            switch self {
            case .failed(let reason): "the headless browser failed: \(reason)"
            case .timedOut: "the headless browser did not finish within \(Int(HeadlessBrowser.timeout)) seconds"
            }
        }
    }

    /// A browser at a known path (``find(environment:)`` looks on `PATH`).
    public init(path: String) {
        self.path = path
    }

    /// The first Chromium on `PATH` (from the given environment), or nil if there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> HeadlessBrowser? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return HeadlessBrowser(path: candidate) }
            }
        }
        return nil
    }

    /// What to tell someone who wants a PDF and has no headless browser.
    public static let printAdvice = """
        Open the HTML in a web browser and choose Print, then "Save as PDF", with paper size A4 (background graphics \
        on, for the colours). Or install Chromium (Debian and Ubuntu: `sudo apt-get install chromium`) and run the \
        command again.
        """

    /// Prints a local HTML file to PDF (A4, without the browser's header and footer).
    public func printToPDF(_ html: URL, to pdf: URL) throws(Failure) {
        try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString], expecting: pdf)
    }

    /// Takes a screenshot (PNG) of a local HTML file at a window size.
    public func screenshot(_ html: URL, to png: URL, width: Int = 1280, height: Int = 2000) throws(Failure) {
        try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", html.absoluteString], expecting: png)
    }

    /// The page's DOM after it has loaded (and after anything in it had a chance to run), serialised.
    public func dumpDOM(_ html: URL) throws(Failure) -> String {
        String(decoding: try run(["--dump-dom", html.absoluteString], expecting: nil), as: UTF8.self)
    }

    /// Runs the browser with a fresh profile; returns what it wrote to standard output.
    @discardableResult
    private func run(_ arguments: [String], expecting output: URL?) throws(Failure) -> Data {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("toc-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        var common = ["--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                      "--disable-background-networking", "--disable-sync", "--user-data-dir=\(profile.path)"]
        if geteuid() == 0 { common.append("--no-sandbox") }
        process.arguments = common + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if let output { try? FileManager.default.removeItem(at: output) }
        do {
            try process.run()
        } catch {
            throw .failed("cannot start `\(path)`: \((error as NSError).localizedDescription)")
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if group.wait(timeout: .now() + Self.timeout) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw .timedOut
        }
        process.waitUntilExit()
        let wroteOutput = output.map { FileManager.default.fileExists(atPath: $0.path) } ?? !outData.isEmpty
        guard process.terminationStatus == 0, wroteOutput else {
            let lines = String(decoding: errData, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: "; ")
            throw .failed("exit status \(process.terminationStatus)" + (lines.isEmpty ? "" : ": \(lines)"))
        }
        return outData
    }
}
