import TocDiagnostics

/// A statement line with the lines indented under it, and the blank lines and comments just before it.
struct Block: Sendable {
    var line: LexedLine
    var leadingTrivia: [Trivia]
    var children: [Block]

    /// From the start of the statement's first token to the end of its last descendant line.
    var range: SourceRange {
        let start = line.tokens.first?.range.start ?? line.range.start
        let end = children.last?.range.end ?? (line.comment?.range.start ?? line.range.end)
        let lastToken = children.isEmpty ? (line.tokens.last?.range.end ?? end) : end
        return SourceRange(start: start, end: max(start, lastToken))
    }
}

/// Groups lexed lines into blocks by indentation.
struct BlockGrouper {
    /// No construct nests deeper than this (declaration → indicator → detail), so deeper lines are kept flat; this
    /// also bounds recursion on pathological input.
    static let maximumDepth = 4

    private let lines: [LexedLine]
    private var index = 0
    private var pendingTrivia: [Trivia] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(lines: [LexedLine]) {
        self.lines = lines
    }

    mutating func group() -> (blocks: [Block], trailingTrivia: [Trivia]) {
        let blocks = blocks(deeperThan: -1, depth: 0)
        collectTrivia()
        return (blocks, pendingTrivia)
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

    private mutating func blocks(deeperThan parentIndent: Int, depth: Int) -> [Block] {
        var result: [Block] = []
        // Top-level statements belong at the margin whatever the first one did; only an indented first statement
        // can be at the top level with an indent (later ones become its children), and it is reported once.
        var siblingIndent: Int? = parentIndent < 0 ? 0 : nil
        while true {
            collectTrivia()
            guard index < lines.count, lines[index].indent > parentIndent else { break }
            let line = lines[index]
            if parentIndent < 0, line.indent > 0 {
                diagnostics.append(SyntaxMessages.indentedTopLevel(line.indentRange))
            } else if let siblingIndent, line.indent != siblingIndent {
                diagnostics.append(SyntaxMessages.inconsistentIndentation(line.indentRange))
            } else if siblingIndent == nil {
                siblingIndent = line.indent
            }
            index += 1
            let trivia = pendingTrivia
            pendingTrivia = []
            let children = depth + 1 < Self.maximumDepth
                ? blocks(deeperThan: line.indent, depth: depth + 1)
                : flatChildren(deeperThan: line.indent)
            result.append(Block(line: line, leadingTrivia: trivia, children: children))
        }
        return result
    }

    /// Beyond the maximum depth, every deeper line becomes a leaf child (the parser reports it as misplaced).
    private mutating func flatChildren(deeperThan indent: Int) -> [Block] {
        var result: [Block] = []
        while true {
            collectTrivia()
            guard index < lines.count, lines[index].indent > indent else { break }
            let trivia = pendingTrivia
            pendingTrivia = []
            result.append(Block(line: lines[index], leadingTrivia: trivia, children: []))
            index += 1
        }
        return result
    }
}
