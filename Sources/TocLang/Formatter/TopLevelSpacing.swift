/// Which top-level statements are written without a blank line between them.
enum TopLevelSpacing {
    /// A run of one-line declarations of the same kind (`input grant "…"` lines) stays together, and so does a run
    /// of links. Everything else is separated by one blank line.
    static func keepsTogether(_ previous: SyntaxTree.Item, _ next: SyntaxTree.Item) -> Bool {
        switch (previous, next) {
        case (.link, .link):
            true
        case (.declaration(let first), .declaration(let second)):
            first.kind == second.kind && first.members.isEmpty && second.members.isEmpty
        default:
            false
        }
    }
}
