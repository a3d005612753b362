import TocDiagnostics
import TocLang
@testable import TocModel
import TocTestSupport
import XCTest

/// Parses and builds a plan; the parser's diagnostics are kept apart so tests can insist the text was well formed.
struct Built {
    let tree: SyntaxTree
    let model: TheoryModel
    /// What the model builder reported.
    let diagnostics: [Diagnostic]

    init(_ text: String) {
        self.init(SourceFile(path: "test.toc", text: text))
    }

    init(_ file: SourceFile) {
        tree = Parser.parse(file)
        (model, diagnostics) = ModelBuilder.build(tree)
    }

    /// Parser and model diagnostics together.
    var allDiagnostics: [Diagnostic] { tree.diagnostics + diagnostics }

    func node(_ id: NodeID) -> Node? { model.nodes[id] }
}

/// A clean plan header, for tests that need a theory.
let theoryHeader = """
    theory "Test plan"
      kind targeted-service
      starts 2020-01
      ends 2022-12

    """

extension String {
    /// The UTF-8 offset of the first occurrence of `needle` (after `after`, when given).
    func offset(of needle: String, after: String? = nil) -> Int {
        let from = after.flatMap { range(of: $0)?.upperBound } ?? startIndex
        let found = range(of: needle, range: from..<endIndex)!
        return utf8.distance(from: utf8.startIndex, to: found.lowerBound)
    }

    /// The range of the first occurrence of `needle` (after `after`, when given).
    func range(of needle: String, after: String?) -> SourceRange {
        let start = offset(of: needle, after: after)
        return SourceRange(start: start, end: start + needle.utf8.count)
    }
}
