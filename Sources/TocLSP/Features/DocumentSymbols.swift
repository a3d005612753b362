import TocDiagnostics
import TocLang

/// The plan's outline for the editor: each declaration, with its indicators nested under it.
enum DocumentSymbols {
    static func symbols(in tree: SyntaxTree, encoding: PositionEncoding) -> [DocumentSymbol] {
        tree.declarations.map { symbol($0, file: tree.file, encoding: encoding) }
    }

    private static func symbol(_ declaration: Declaration, file: SourceFile, encoding: PositionEncoding) -> DocumentSymbol {
        let name: String
        switch declaration.kind {
        case .theory: name = declaration.label?.text ?? "theory"
        case .rules: name = "rules"
        default: name = declaration.id?.text ?? declaration.kind.rawValue
        }
        let children = declaration.nestedDeclarations.map { symbol($0, file: file, encoding: encoding) }
        let selection = declaration.id?.range ?? declaration.headerRange
        return DocumentSymbol(
            name: name,
            detail: declaration.kind == .theory ? "theory" : [declaration.kind.rawValue, declaration.label?.text].compactMap { $0 }.joined(separator: ": "),
            kind: kind(of: declaration.kind),
            range: encoding.range(of: declaration.range, in: file),
            selectionRange: encoding.range(of: selection, in: file),
            children: children.isEmpty ? nil : children
        )
    }

    /// The protocol's SymbolKind that best suggests each kind of element in an editor's outline.
    static func kind(of kind: DeclarationKind) -> Int {
        switch kind {
        case .theory: 2 // module
        case .cohort: 18 // array: a group of people
        case .input: 13 // variable
        case .activity: 12 // function: something done
        case .output: 14 // constant: something produced
        case .outcome: 24 // event: a change that happens
        case .assumption: 17 // boolean: holds or not
        case .risk: 11 // interface
        case .audit: 7 // property
        case .indicator: 8 // field
        case .rules: 3 // namespace
        }
    }
}
