import TocKit

/// Where `toc export` and `toc coverage` put their text: a file, written atomically, or standard output when there is
/// no file or it is `-`.
enum TextOutput {
    /// Writes `text`. A file is not written for a plan that failed its check unless `force` (so a good export is never
    /// replaced by a broken one); standard output always gets the text.
    ///
    /// - Returns: whether a file was written.
    @discardableResult
    static func write(_ text: String, to output: String?, plan path: String, failed: Bool, force: Bool) throws -> Bool {
        guard let output, output != "-" else {
            Console.out(text)
            return false
        }
        if failed && !force {
            Console.error("toc: \(path) has errors; \(output) was not written (use --force to write it anyway)\n")
            throw ExitCodes.findings
        }
        do {
            try AtomicWriter.write(text, to: output)
        } catch {
            throw Console.fail(error)
        }
        return true
    }
}
