import TocModel

extension Node {
    /// Whether the detail was written but not understood (and so already reported). Most elements have no such
    /// detail, and testing the empty set first spares hashing the detail's name for each of them.
    func hasUnreadable(_ detail: String) -> Bool {
        let unreadable = unreadableDetails
        return !unreadable.isEmpty && unreadable.contains(detail)
    }
}
