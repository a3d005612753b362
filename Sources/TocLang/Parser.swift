import TocDiagnostics

/// Parses `.toc` text into a ``SyntaxTree``. Never throws and never gives up: every problem is reported with its
/// location and a hint, the parser recovers at the next line, and the tree holds everything that could be understood.
///
/// Parsing runs in two passes: lines are grouped into blocks by indentation (``Block``), then each block is read as a
/// declaration, a detail or a link (the `Parser+…` extensions).
public struct Parser {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []
    /// Link statements found indented inside declarations; reported, then kept as top-level links.
    var hoisted: [SyntaxTree.Item] = []

    init(file: SourceFile) {
        self.file = file
    }

    /// Parses a whole file.
    public static func parse(_ file: SourceFile) -> SyntaxTree {
        let (lines, lexDiagnostics) = Lexer.lex(file)
        var parser = Parser(file: file)
        parser.diagnostics = lexDiagnostics
        var grouper = BlockGrouper(lines: lines)
        let (blocks, trailing) = grouper.group()
        parser.diagnostics += grouper.diagnostics
        var items: [SyntaxTree.Item] = []
        items.reserveCapacity(blocks.count)
        for block in blocks {
            if let item = parser.topLevel(block) { items.append(item) }
            items += parser.hoisted
            parser.hoisted.removeAll()
        }
        return SyntaxTree(file: file, items: items, trailingTrivia: trailing, diagnostics: parser.diagnostics)
    }

    /// Parses text given directly (tests, editors).
    public static func parse(_ text: String, path: String = "<input>") -> SyntaxTree {
        parse(SourceFile(path: path, text: text))
    }
}
