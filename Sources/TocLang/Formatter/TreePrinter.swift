/// Walks a syntax tree and writes it in canonical layout.
struct TreePrinter {
    private(set) var writer = LineWriter()

    /// Two spaces per level of nesting.
    static let indentUnit = "  "

    mutating func print(_ tree: SyntaxTree) {
        var previous: SyntaxTree.Item?
        for item in tree.items {
            writeLeading(trivia(of: item), together: previous.map { TopLevelSpacing.keepsTogether($0, item) })
            switch item {
            case .declaration(let declaration): write(declaration, depth: 0)
            case .link(let link): write(link)
            }
            previous = item
        }
        writeTrailing(tree.trailingTrivia)
    }

    private func trivia(of item: SyntaxTree.Item) -> [Trivia] {
        switch item {
        case .declaration(let declaration): declaration.leadingTrivia
        case .link(let link): link.leadingTrivia
        }
    }

    // MARK: - Comments and blank lines

    /// Comments and blank lines before a top-level statement. Statements are separated by one blank line, or none
    /// when they belong together and the writer put none between them; `together` is nil for the first statement.
    /// Among the comments, a run of blank lines becomes one.
    private mutating func writeLeading(_ trivia: [Trivia], together: Bool?) {
        if let together, !together || trivia.first == .blankLine {
            writer.blankLine()
        }
        var sawComment = false
        for element in trivia {
            switch element {
            case .comment(let comment):
                writer.line(CommentText.line(comment))
                sawComment = true
            case .blankLine:
                if sawComment { writer.blankLine() }
            }
        }
    }

    /// Comments before a line inside a declaration or link, at that line's indentation. Blank lines inside a
    /// statement are dropped: its lines are reordered, so they would no longer separate what they separated.
    private mutating func writeComments(_ trivia: [Trivia], depth: Int) {
        for case .comment(let comment) in trivia {
            writer.line(Self.indent(depth) + CommentText.line(comment))
        }
    }

    /// Comments after the last statement, with at most one blank line between groups of them.
    private mutating func writeTrailing(_ trivia: [Trivia]) {
        for element in trivia {
            switch element {
            case .comment(let comment): writer.line(CommentText.line(comment))
            case .blankLine: writer.blankLine()
            }
        }
    }

    // MARK: - Statements

    private mutating func write(_ declaration: Declaration, depth: Int) {
        var header = [declaration.kind.rawValue]
        if let id = declaration.id { header.append(id.text) }
        if let label = declaration.label { header.append(QuotedText.quote(label.text)) }
        writer.line(Self.indent(depth) + CommentText.appending(declaration.trailingComment, to: header.joined(separator: " ")))
        for member in MemberOrder.ordered(declaration) {
            switch member {
            case .property(let property):
                writeComments(property.leadingTrivia, depth: depth + 1)
                write(property, depth: depth + 1, inRulesBlock: declaration.kind.rawValue == "rules")
            case .declaration(let nested):
                writeComments(nested.leadingTrivia, depth: depth + 1)
                write(nested, depth: depth + 1)
            }
        }
    }

    private mutating func write(_ link: LinkStatement) {
        let chain = link.groups.map { group in group.map(\.text).joined(separator: ", ") }.joined(separator: " -> ")
        writer.line(CommentText.appending(link.trailingComment, to: chain))
        for detail in MemberOrder.ordered(link.details) {
            writeComments(detail.leadingTrivia, depth: 1)
            write(detail, depth: 1)
        }
    }

    private mutating func write(_ property: Property, depth: Int, inRulesBlock: Bool = false) {
        let values = ValuePrinter.text(of: property, inRulesBlock: inRulesBlock)
        let line = property.name.text + (values.isEmpty ? "" : " " + values)
        writer.line(Self.indent(depth) + CommentText.appending(property.trailingComment, to: line))
    }

    static func indent(_ depth: Int) -> String {
        String(repeating: indentUnit, count: depth)
    }
}
