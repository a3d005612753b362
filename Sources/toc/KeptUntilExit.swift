import Foundation

/// Holds on to values until the process exits, so that they are never freed one object at a time.
///
/// A one-shot command such as `toc check` ends moments after its last use of an ``Analysis``, and the operating
/// system takes back the whole address space at exit in one go. Freeing an analysis first — hundreds of thousands of
/// strings, arrays and elements for a large plan — is work nobody benefits from: about 93 M instructions (6%) of
/// `toc check` on a 10,000-element plan. Compilers skip it for the same reason (clang's and swiftc's
/// `-disable-free`).
///
/// Only for commands that exit when done, never for `toc watch` or `toc lsp`, which would grow without end. The
/// values stay reachable from here, so leak checkers (LeakSanitizer, valgrind) see them as still in use, not
/// leaked. What is kept is bounded (``budget``): checking a folder of many plans keeps the first ones and frees the
/// rest as usual, so peak memory cannot grow with the number of plans beyond that.
enum KeptUntilExit {
    /// Plan text, in bytes, whose analyses may be kept; an analysis takes about 40 times its plan's size in memory,
    /// so this keeps at most about 160 MB (a 10,000-element plan is 3 MiB).
    static let budget = 4 << 20

    private static let kept = Storage()

    /// Keeps `value` alive until the process exits if the budget allows; otherwise it is freed as usual when the
    /// caller lets it go.
    /// - Parameter bytes: the size of the plan text `value` was made from, counted against ``budget``.
    static func keep(_ value: some Sendable, bytes: Int) {
        kept.append(value, bytes: bytes)
    }

    private final class Storage: @unchecked Sendable {  // every access is under `lock`
        private let lock = NSLock()
        private var values: [any Sendable] = []
        private var bytes = 0

        func append(_ value: any Sendable, bytes size: Int) {
            lock.withLock {
                guard bytes + size <= KeptUntilExit.budget else { return }
                bytes += size
                values.append(value)
            }
        }
    }
}
