import Foundation

/// The one process-wide lock that serialises every call into libgvc/libcgraph.
///
/// Graphviz keeps global state (the cgraph error handler and error counters, the
/// DOT parser, the layout engines' working data), so no two threads may be inside
/// it at once. Code in this module calls Graphviz only inside ``withLock(_:)``.
/// Graphviz calls made elsewhere in the process bypass this lock and are not safe
/// to run concurrently with ``Graphviz``.
enum GraphvizLock {
    // `NSLock` rather than `Synchronization.Mutex`: the package still supports macOS 13.
    private static let lock = NSLock()

    /// Runs `body` while holding the lock. Not reentrant: `body` must not call back
    /// into ``Graphviz``.
    static func withLock<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
