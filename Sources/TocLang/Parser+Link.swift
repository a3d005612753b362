import TocDiagnostics

extension Parser {
    /// Reads a link statement: endpoint groups separated by arrows, then `assuming`/`because` detail lines.
    mutating func link(_ block: Block) -> LinkStatement {
        var groups: [[Token]] = [[]]
        var expectingID = true
        // Whether the current group had anything in it, an id or something already reported (a label, say): only a
        // group with nothing at all is reported as missing.
        var groupHasContent = false
        var previous: Token?
        let line = blocks.line(block)
        for token in line.tokens {
            defer { previous = token }
            switch token.kind {
            case .arrow:
                if !groupHasContent { diagnostics.append(SyntaxMessages.missingLinkEnd(before: token)) }
                groups.append([])
                expectingID = true
                groupHasContent = false
            case .comma:
                if expectingID { diagnostics.append(SyntaxMessages.strayComma(token)) }
                expectingID = true
            case .word:
                if !expectingID, let previous { diagnostics.append(SyntaxMessages.missingCommaInLink(token, after: previous)) }
                groups[groups.count - 1].append(token)
                expectingID = false
                groupHasContent = true
            case .string:
                diagnostics.append(SyntaxMessages.labelInLink(token))
                expectingID = false
                groupHasContent = true
            case .invalid:
                expectingID = false
                groupHasContent = true
            default:
                diagnostics.append(SyntaxMessages.unexpectedInLink(token))
                expectingID = false
                groupHasContent = true
            }
        }
        if !groupHasContent, let last = line.tokens.last {
            diagnostics.append(SyntaxMessages.missingLinkEnd(after: last))
        }
        var details: [Property] = []
        for child in blocks.children(of: block) {
            guard let first = blocks.tokens(child).first else { continue }
            guard first.kind == .word else {
                diagnostics.append(SyntaxMessages.expectedLinkDetail(first))
                continue
            }
            let name = first.text.lowercasedKeyword()
            if DeclarationKind.linkProperties.contains(name) {
                let detail = property(child, renamedTo: name)
                // `assuming` adds up; a second `because` would silently replace the first.
                if name == "because", let earlier = details.first(where: { $0.name.text == "because" }) {
                    diagnostics.append(SyntaxMessages.repeatedProperty(detail, earlier: earlier))
                    continue
                }
                details.append(detail)
            } else if let suggestion = Suggestions.closest(to: first.text, among: DeclarationKind.linkProperties) {
                diagnostics.append(SyntaxMessages.unknownLinkDetail(first, suggestion: suggestion))
                details.append(property(child, renamedTo: suggestion))
            } else {
                diagnostics.append(SyntaxMessages.unknownLinkDetail(first, suggestion: nil))
            }
        }
        return LinkStatement(
            groups: groups.filter { !$0.isEmpty }, details: details, leadingTrivia: blocks.leadingTrivia(block),
            trailingComment: line.comment, range: blocks.range(of: block)
        )
    }
}
