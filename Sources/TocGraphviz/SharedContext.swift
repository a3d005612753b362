import CGraphviz

/// The one `GVC_t` context all renders share, created on first use.
///
/// Sharing matters because in Graphviz 2.42/2.43 every `gvContext()` leaks the plugin
/// registry text it reads in `gvconfig` (about 3.6 KB with Debian's `config6a`, never
/// freed by `gvFreeContext`); one context per render would leak that on every call.
/// The context is kept for the life of the process. After any failed render it is
/// freed and a fresh one is created next time, so a half-finished job (for example
/// `gvRenderData` keeps its job queued when the format is unsupported) cannot affect
/// later renders.
///
/// Every member must be used while holding ``GraphvizLock``.
enum SharedContext {
    // Guarded by GraphvizLock; the compiler cannot see that, hence `unsafe`.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// The shared context, creating it if needed; `nil` if Graphviz cannot create one.
    static func current() -> OpaquePointer? {
        if context == nil {
            context = gvContext()
        }
        return context
    }

    /// Frees the shared context so the next ``current()`` starts from a fresh one.
    static func discard() {
        if let context {
            gvFreeContext(context)
        }
        context = nil
    }
}
