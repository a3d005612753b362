/// What a plan says, as far as the formatter may not change it: every statement with its words, and every comment.
///
/// The formatter compares the fingerprint of its output, parsed again, with the original's before it hands the
/// output back. Layout is left out (indentation, spacing, blank lines, the order of a declaration's details, commas
/// in lists, quoting and escapes, the case of keywords); everything else must match.
struct SyntaxFingerprint: Equatable {
    private var statements: [String] = []
    private var comments: [String] = []

    init(_ tree: SyntaxTree) {
        for item in tree.items {
            switch item {
            case .declaration(let declaration): statements.append(Self.describe(declaration))
            case .link(let link): statements.append(Self.describe(link))
            }
            collectComments(item)
        }
        for case .comment(let comment) in tree.trailingTrivia { comments.append(CommentText.trimmedText(comment)) }
        comments.sort()
    }

    private static func describe(_ declaration: Declaration) -> String {
        let header = [declaration.kind.rawValue, declaration.id?.text ?? "", declaration.label.map { "\"\($0.text)\"" } ?? ""]
        let details = declaration.properties.map(describe).sorted()
        let nested = declaration.nestedDeclarations.map(describe)
        return "(" + (header + details + nested).joined(separator: " ") + ")"
    }

    private static func describe(_ link: LinkStatement) -> String {
        let chain = link.groups.map { $0.map(\.text).joined(separator: ",") }.joined(separator: "->")
        return "(" + ([chain] + link.details.map(describe).sorted()).joined(separator: " ") + ")"
    }

    /// A detail's name and values, ignoring commas; words compared without case (the formatter lowers keywords).
    private static func describe(_ property: Property) -> String {
        let values = property.items.map { token -> String in
            switch token.kind {
            case .word: "w:" + token.text.lowercased()
            case .string: "s:\"" + token.text + "\""
            default: "\(token.kind):" + token.text
            }
        }
        return "[" + ([property.name.text] + values).joined(separator: " ") + "]"
    }

    private mutating func collectComments(_ item: SyntaxTree.Item) {
        switch item {
        case .declaration(let declaration): collectComments(declaration)
        case .link(let link):
            add(link.leadingTrivia, link.trailingComment)
            for detail in link.details { add(detail.leadingTrivia, detail.trailingComment) }
        }
    }

    private mutating func collectComments(_ declaration: Declaration) {
        add(declaration.leadingTrivia, declaration.trailingComment)
        for member in declaration.members {
            switch member {
            case .property(let property): add(property.leadingTrivia, property.trailingComment)
            case .declaration(let nested): collectComments(nested)
            }
        }
    }

    private mutating func add(_ trivia: [Trivia], _ trailing: Comment?) {
        for case .comment(let comment) in trivia { comments.append(CommentText.trimmedText(comment)) }
        if let trailing { comments.append(CommentText.trimmedText(trailing)) }
    }
}
