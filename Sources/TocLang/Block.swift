import TocDiagnostics

/// The statements of a file grouped by indentation: each statement line with the lines indented under it, and the
/// blank lines and comments just before it.
///
/// Kept flat, in the order of the file, rather than as a tree of nested arrays: a block's children are the entries
/// after it up to its ``Entry/end``, so grouping a file of 10,000 lines allocates one array, not one per statement.
/// A block is named by its index (``Block``).
struct BlockList {
    struct Entry {
        /// The statement's line, an index into ``lines``.
        var line: Int
        var leadingTrivia: [Trivia]
        /// The index just past the block's last descendant.
        var end: Int
    }

    let lines: [LexedLine]
    private(set) var entries: [Entry]
    /// Blank lines and comments after the last statement.
    let trailingTrivia: [Trivia]

    init(lines: [LexedLine], entries: [Entry], trailingTrivia: [Trivia]) {
        self.lines = lines
        self.entries = entries
        self.trailingTrivia = trailingTrivia
    }

    /// The statement's own line.
    func line(_ block: Block) -> LexedLine { lines[entries[block.index].line] }

    /// The statement line's tokens (without copying the rest of the line).
    func tokens(_ block: Block) -> TokenList { lines[entries[block.index].line].tokens }

    /// The comment at the end of the statement line.
    func comment(_ block: Block) -> Comment? { lines[entries[block.index].line].comment }

    /// The blank lines and comments just before the statement.
    func leadingTrivia(_ block: Block) -> [Trivia] { entries[block.index].leadingTrivia }

    /// The statements at the left margin.
    var topLevel: Children { Children(entries: entries, start: 0, end: entries.count) }

    /// The lines indented directly under a block.
    func children(of block: Block) -> Children {
        Children(entries: entries, start: block.index + 1, end: entries[block.index].end)
    }

    /// Whether any line is indented under the block.
    func hasChildren(_ block: Block) -> Bool { entries[block.index].end > block.index + 1 }

    /// From the start of the statement's first token to the end of its last descendant line.
    func range(of block: Block) -> SourceRange {
        let line = lines[entries[block.index].line]
        let start = line.tokens.first?.range.start ?? line.range.start
        // The last descendant in the file's order is the one whose end ends this block (or the block itself).
        let last = lines[entries[entries[block.index].end - 1].line]
        let end = last.tokens.last?.range.end ?? (last.comment?.range.start ?? last.range.end)
        return SourceRange(start: start, end: max(start, end))
    }

    /// The blocks from `start` to `end`, stepping over each one's descendants.
    struct Children: Sequence {
        let entries: [Entry]
        let start: Int
        let end: Int

        var isEmpty: Bool { start >= end }

        func makeIterator() -> Iterator { Iterator(entries: entries, position: start, end: end) }

        struct Iterator: IteratorProtocol {
            let entries: [Entry]
            var position: Int
            let end: Int

            mutating func next() -> Block? {
                guard position < end else { return nil }
                defer { position = entries[position].end }
                return Block(index: position)
            }
        }
    }
}

/// A statement line with the lines indented under it: an index into a ``BlockList``.
struct Block: Sendable {
    let index: Int
}

/// Groups lexed lines into blocks by indentation.
struct BlockGrouper {
    /// No construct nests deeper than this (declaration → indicator → detail), so deeper lines are kept flat; this
    /// also bounds recursion on pathological input.
    static let maximumDepth = 4

    private let lines: [LexedLine]
    private var index = 0
    private var pendingTrivia: [Trivia] = []
    private var entries: [BlockList.Entry] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(lines: [LexedLine]) {
        self.lines = lines
    }

    mutating func group() -> BlockList {
        entries.reserveCapacity(lines.count)
        blocks(deeperThan: -1, depth: 0)
        collectTrivia()
        return BlockList(lines: lines, entries: entries, trailingTrivia: pendingTrivia)
    }

    private mutating func collectTrivia() {
        while index < lines.count, lines[index].tokens.isEmpty {
            if let comment = lines[index].comment {
                pendingTrivia.append(.comment(comment))
            } else {
                pendingTrivia.append(.blankLine)
            }
            index += 1
        }
    }

    /// Takes the trivia collected so far for the next statement.
    private mutating func takeTrivia() -> [Trivia] {
        guard !pendingTrivia.isEmpty else { return [] }
        defer { pendingTrivia = [] }
        return pendingTrivia
    }

    private mutating func blocks(deeperThan parentIndent: Int, depth: Int) {
        // Top-level statements belong at the margin whatever the first one did; only an indented first statement
        // can be at the top level with an indent (later ones become its children), and it is reported once.
        var siblingIndent: Int? = parentIndent < 0 ? 0 : nil
        while true {
            collectTrivia()
            guard index < lines.count, lines[index].indent > parentIndent else { break }
            let indent = lines[index].indent
            if parentIndent < 0, indent > 0 {
                diagnostics.append(SyntaxMessages.indentedTopLevel(lines[index].indentRange))
            } else if let siblingIndent, indent != siblingIndent {
                diagnostics.append(SyntaxMessages.inconsistentIndentation(lines[index].indentRange))
            } else if siblingIndent == nil {
                siblingIndent = indent
            }
            let entry = entries.count
            entries.append(BlockList.Entry(line: index, leadingTrivia: takeTrivia(), end: entry + 1))
            index += 1
            if depth + 1 < Self.maximumDepth {
                blocks(deeperThan: indent, depth: depth + 1)
            } else {
                flatChildren(deeperThan: indent)
            }
            entries[entry].end = entries.count
        }
    }

    /// Beyond the maximum depth, every deeper line becomes a leaf child (the parser reports it as misplaced).
    private mutating func flatChildren(deeperThan indent: Int) {
        while true {
            collectTrivia()
            guard index < lines.count, lines[index].indent > indent else { break }
            entries.append(BlockList.Entry(line: index, leadingTrivia: takeTrivia(), end: entries.count + 1))
            index += 1
        }
    }
}
