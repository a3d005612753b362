import TocDiagnostics
import TocLang

/// Every suppression in a plan, found in the comments the parser keeps (leading comments apply to the statement
/// they precede; a trailing comment to its own line).
public struct SuppressionIndex: Sendable {
    public let suppressions: [Suppression]

    public init(_ tree: SyntaxTree) {
        var found: [Suppression] = []
        let file = tree.file
        func collect(leading: [Trivia], trailing: Comment?, statementStart: Int) {
            // Most statements have no comment before them: find the statement's line (a search of the line table)
            // only for those that do.
            var line: Int?
            for case .comment(let comment) in leading {
                let statementLine = line ?? file.location(of: statementStart).line
                line = statementLine
                if let suppression = Suppression.parse(comment, appliesToLine: statementLine) { found.append(suppression) }
            }
            if let trailing, let suppression = Suppression.parse(trailing, appliesToLine: file.location(of: trailing.range.start).line) {
                found.append(suppression)
            }
        }
        func visit(_ declaration: Declaration) {
            collect(leading: declaration.leadingTrivia, trailing: declaration.trailingComment, statementStart: declaration.keyword.range.start)
            for member in declaration.members {
                switch member {
                case .property(let property):
                    collect(leading: property.leadingTrivia, trailing: property.trailingComment, statementStart: property.name.range.start)
                case .declaration(let nested):
                    visit(nested)
                }
            }
        }
        for item in tree.items {
            switch item {
            case .declaration(let declaration):
                visit(declaration)
            case .link(let link):
                collect(leading: link.leadingTrivia, trailing: link.trailingComment, statementStart: link.range.start)
                for detail in link.details {
                    collect(leading: detail.leadingTrivia, trailing: detail.trailingComment, statementStart: detail.name.range.start)
                }
            }
        }
        suppressions = found
    }

    /// The suppression that covers a finding (same rule, the finding starts on the suppression's line), if any.
    public func suppression(for diagnostic: Diagnostic, in file: SourceFile) -> Suppression? {
        let line = file.location(of: diagnostic.range.start).line
        return suppressions.first { $0.line == line && $0.ruleIDs.contains(diagnostic.id) }
    }
}
