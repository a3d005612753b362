import TocDiagnostics

/// Parses `.toc` text into a ``SyntaxTree``. Never throws and never gives up: every problem is reported with its
/// location and a hint, the parser recovers at the next line, and the tree holds everything that could be understood.
///
/// Parsing runs in two passes: lines are grouped into blocks by indentation (``Block``), then each block is read as a
/// declaration, a detail or a link (the `Parser+…` extensions).
public struct Parser {
    let file: SourceFile
    /// The file's statements grouped by indentation.
    let blocks: BlockList
    var diagnostics: [Diagnostic] = []
    /// Link statements found indented inside declarations; reported, then kept as top-level links.
    var hoisted: [SyntaxTree.Item] = []

    init(file: SourceFile, blocks: BlockList) {
        self.file = file
        self.blocks = blocks
    }

    /// Parses a whole file.
    public static func parse(_ file: SourceFile) -> SyntaxTree {
        let (lines, lexDiagnostics) = Lexer.lex(file)
        var grouper = BlockGrouper(lines: lines)
        let blocks = grouper.group()
        var parser = Parser(file: file, blocks: blocks)
        parser.diagnostics = lexDiagnostics + grouper.diagnostics
        var items: [SyntaxTree.Item] = []
        items.reserveCapacity(blocks.entries.count / 4)
        for block in blocks.topLevel {
            if let item = parser.topLevel(block) { items.append(item) }
            if !parser.hoisted.isEmpty {
                items += parser.hoisted
                parser.hoisted.removeAll()
            }
        }
        return SyntaxTree(file: file, items: items, trailingTrivia: blocks.trailingTrivia, diagnostics: parser.diagnostics)
    }

    /// Parses text given directly (tests, editors).
    public static func parse(_ text: String, path: String = "<input>") -> SyntaxTree {
        parse(SourceFile(path: path, text: text))
    }
}
