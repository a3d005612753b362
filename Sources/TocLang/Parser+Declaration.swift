import TocDiagnostics

extension Parser {
    /// Reads a top-level block: a declaration or a link (nil when it is neither, already reported). Unknown keywords are reported with a suggestion and, when
    /// the suggestion is a keyword, read as that keyword so the rest of the block is still checked.
    mutating func topLevel(_ block: Block) -> SyntaxTree.Item? {
        let tokens = blocks.tokens(block)
        if tokens.contains(where: { $0.kind == .arrow }) {
            return .link(link(block))
        }
        guard let first = tokens.first else { return nil }
        guard first.kind == .word else {
            // An invalid token was reported by the lexer already.
            if first.kind != .invalid { diagnostics.append(SyntaxMessages.expectedKeyword(first)) }
            return nil
        }
        // Keywords are read whatever their case: word processors capitalise the start of each line.
        let word = first.text.lowercasedKeyword()
        if let kind = DeclarationKind(rawValue: word), DeclarationKind.topLevel.contains(kind) {
            return .declaration(declaration(kind, block))
        }
        if word == "indicator" {
            diagnostics.append(SyntaxMessages.indicatorAtTopLevel(first))
            return nil
        }
        let owners = DeclarationKind.kinds(accepting: word)
        if !owners.isEmpty || DeclarationKind.linkProperties.contains(word) {
            diagnostics.append(SyntaxMessages.detailAtTopLevel(first, owners: owners))
            return nil
        }
        let keywords = DeclarationKind.topLevel.map(\.rawValue)
        if let suggestion = Suggestions.closest(to: first.text, among: keywords), let kind = DeclarationKind(rawValue: suggestion) {
            diagnostics.append(SyntaxMessages.unknownKeyword(first, suggestion: suggestion, fixIt: true))
            return .declaration(declaration(kind, block))
        }
        diagnostics.append(SyntaxMessages.unknownKeyword(first, suggestion: nil, fixIt: false))
        return nil
    }

    /// Reads a declaration's header and members.
    mutating func declaration(_ kind: DeclarationKind, _ block: Block) -> Declaration {
        let line = blocks.line(block)
        let tokens = line.tokens
        // The keyword as the schema spells it (whatever case, or misspelling, was written), where it was written.
        let keyword = Token(kind: .word, text: kind.rawValue, range: tokens[0].range)
        var rest = tokens.dropping(first: 1)
        if rest.first?.kind == .colon {
            diagnostics.append(SyntaxMessages.colonAfterKeyword(rest[0], keyword: keyword.text))
            rest = rest.dropping(first: 1)
        }
        var id: Token?
        var label: Token?
        if kind.takesID {
            if let first = rest.first, first.kind == .word {
                id = first
                rest = rest.dropping(first: 1)
            } else {
                id = missingID(kind, keyword: keyword, label: rest.first)
            }
        }
        if let first = rest.first, first.kind == .string {
            label = first
            rest = rest.dropping(first: 1)
        } else if kind == .theory, let titleIndex = rest.firstIndex(where: { $0.kind == .string }), titleIndex > 0,
                  rest[..<titleIndex].allSatisfy({ $0.kind == .word }) {
            // `theory lincs "Lincolnshire"`: an id written as for other elements; the quoted text is still the title.
            diagnostics.append(SyntaxMessages.idOnTheory(Array(rest[..<titleIndex]), title: rest[titleIndex]))
            label = rest[titleIndex]
            rest = rest.dropping(first: titleIndex + 1)
        } else if kind == .theory {
            diagnostics.append(SyntaxMessages.missingTitle(keyword, unquoted: rest.array))
            if !rest.isEmpty, rest.allSatisfy({ $0.kind == .word || $0.kind == .number }) {
                label = Token(kind: .string, text: rest.map(\.text).joined(separator: " "), range: rest[0].range.union(rest.last!.range))
                rest = []
            }
        }
        // Invalid tokens (a bad date, stray characters) were reported by the lexer already.
        if rest.contains(where: { $0.kind != .invalid }) {
            diagnostics.append(SyntaxMessages.unexpectedAfterHeader(rest.array, kind: kind, hasLabel: label != nil))
        }
        var properties: [Property] = []
        var nested: [Declaration] = []
        let children = blocks.children(of: block)
        if !children.isEmpty { properties.reserveCapacity(blocks.entries[block.index].end - block.index - 1) }
        for child in children {
            guard let member = member(of: kind, declarationID: id, child) else { continue }
            switch member {
            case .property(let property):
                let name = property.name.text
                if let earlier = Self.property(named: name, in: properties), !DeclarationKind.repeatableProperties.contains(name) {
                    diagnostics.append(SyntaxMessages.repeatedProperty(property, earlier: earlier))
                    continue
                }
                properties.append(property)
            case .declaration(let declaration):
                nested.append(declaration)
            }
        }
        return Declaration(
            kind: kind, keyword: keyword, id: id, label: label, properties: properties, nestedDeclarations: nested,
            leadingTrivia: blocks.leadingTrivia(block), trailingComment: line.comment, range: blocks.range(of: block)
        )
    }

    /// The first detail of this name among those read so far. A declaration has a handful of details, so looking
    /// through them is quicker than keeping a table (or a second list) of the names seen.
    private static func property(named name: String, in properties: [Property]) -> Property? {
        properties.first { $0.name.text == name }
    }

    /// Reports a missing id and makes one from the label, so the element still takes part in the checks.
    /// Reports a missing id, offering one made from the label as a fix-it. The element is left out of the model
    /// until it has an id (nothing can link to it anyway), so later findings never name an id the user did not write.
    private mutating func missingID(_ kind: DeclarationKind, keyword: Token, label: Token?) -> Token? {
        let suggested = label.map { IdentifierSuggestion.make(from: $0.text) } ?? nil
        diagnostics.append(SyntaxMessages.missingID(kind, keyword: keyword, label: label, suggestedID: suggested))
        return nil
    }

    /// Reads one indented line under a declaration.
    private mutating func member(of kind: DeclarationKind, declarationID: Token?, _ block: Block) -> Declaration.Member? {
        let tokens = blocks.tokens(block)
        if tokens.contains(where: { $0.kind == .arrow }) {
            diagnostics.append(SyntaxMessages.linkInsideDeclaration(tokens[0], kind: kind))
            hoisted.append(.link(link(block)))
            return nil
        }
        guard let first = tokens.first else { return nil }
        guard first.kind == .word else {
            if first.kind != .invalid { diagnostics.append(SyntaxMessages.expectedDetail(first, kind: kind)) }
            return nil
        }
        let name = first.text.lowercasedKeyword()
        if let nestedKind = kind.nested.first(where: { $0.rawValue == name }) {
            return .declaration(declaration(nestedKind, block))
        }
        if kind.properties.contains(name) || kind.acceptsAnyDetail {
            return .property(property(block, renamedTo: name))
        }
        if name == "indicator" {
            diagnostics.append(SyntaxMessages.indicatorMisplaced(first, kind: kind))
            return nil
        }
        if let topKind = DeclarationKind(rawValue: name), DeclarationKind.topLevel.contains(topKind) {
            diagnostics.append(SyntaxMessages.declarationIndented(first))
            hoisted.append(.declaration(declaration(topKind, block)))
            return nil
        }
        let candidates = kind.properties + kind.nested.map(\.rawValue)
        if let suggestion = Suggestions.closest(to: name, among: candidates) {
            diagnostics.append(SyntaxMessages.unknownProperty(first, kind: kind, suggestion: suggestion, owners: []))
            if let nestedKind = kind.nested.first(where: { $0.rawValue == suggestion }) {
                return .declaration(declaration(nestedKind, block))
            }
            return .property(property(block, renamedTo: suggestion))
        }
        diagnostics.append(
            SyntaxMessages.unknownProperty(first, kind: kind, suggestion: nil, owners: DeclarationKind.kinds(accepting: name))
        )
        return nil
    }

    /// Reads a detail line; its own indented lines are reported, since details have none.
    mutating func property(_ block: Block, renamedTo: String? = nil) -> Property {
        let tokens = blocks.tokens(block)
        var name = tokens[0]
        if let renamedTo, renamedTo != name.text {
            name = Token(kind: .word, text: renamedTo, range: name.range)
        }
        var values = tokens.dropping(first: 1)
        if values.first?.kind == .colon {
            diagnostics.append(SyntaxMessages.colonAfterKeyword(values[0], keyword: name.text))
            values = values.dropping(first: 1)
        }
        if !values.contains(where: { $0.kind != .comma }) {
            diagnostics.append(SyntaxMessages.missingValue(name))
        }
        reportIndented(under: name, block)
        return Property(
            name: name, values: values, leadingTrivia: blocks.leadingTrivia(block), trailingComment: blocks.comment(block),
            range: name.range.union(values.last?.range ?? name.range)
        )
    }

    /// Reports every line indented under a detail, the lines under those included, so that none is lost unseen.
    private mutating func reportIndented(under name: Token, _ block: Block) {
        guard blocks.hasChildren(block) else { return }
        for child in blocks.children(of: block) {
            let line = blocks.line(child)
            let first = line.tokens.first ?? Token(kind: .invalid, text: "", range: line.range)
            diagnostics.append(SyntaxMessages.unexpectedIndentation(first, under: name.text))
            reportIndented(under: first, child)
        }
    }
}
