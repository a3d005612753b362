import CGraphviz

/// The one `GVC_t` context all renders share, created on first use.
///
/// Sharing matters because in Graphviz 2.42/2.43 every `gvContext()` leaks the plugin
/// registry text it reads in `gvconfig` (about 3.6 KB with Debian's `config6a`, never
/// freed by `gvFreeContext`); one context per render would leak that on every call.
/// The context is kept for the life of the process. After any failed render it is
/// retired (kept, but no longer used; see ``discard()``) and a fresh one is created next time, so a half-finished job (for example
/// `gvRenderData` keeps its job queued when the format is unsupported) cannot affect
/// later renders.
///
/// Every member must be used while holding ``GraphvizLock``.
enum SharedContext {
    // Guarded by GraphvizLock; the compiler cannot see that, hence `unsafe`.
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// Contexts given up after a failed render, kept rather than freed (see ``discard()``).
    nonisolated(unsafe) private static var retired: [OpaquePointer] = []

    /// The shared context, creating it if needed; `nil` if Graphviz cannot create one.
    static func current() -> OpaquePointer? {
        if context == nil {
            context = gvContext()
        }
        return context
    }

    /// Retires the shared context so the next ``current()`` starts from a fresh one.
    ///
    /// The retired context is kept, not freed: Graphviz 2.42's pango plugin remembers a pointer to the name of the
    /// last font it measured, which belongs to the context's font table, and compares the next label's font with
    /// it. Freeing the context made the next render read freed memory (a heap-use-after-free found by
    /// AddressSanitizer in `testNothingReachesStandardError`). A retired context costs a few kilobytes, and only
    /// after a failed render.
    static func discard() {
        if let context {
            retired.append(context)
        }
        context = nil
    }
}
