import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// Indentation gives structure, so mistakes in it are reported precisely and read in the most likely way.
final class IndentationTests: XCTestCase {
    private func check(_ marked: String, _ expected: [DiagnosticSpec], file: StaticString = #filePath, line: UInt = #line) -> SyntaxTree {
        let source = MarkedSource(marked)
        let tree = Parser.parse(source.file())
        assertDiagnostics(tree.diagnostics, in: source, expected, file: file, line: line)
        return tree
    }

    func testTabsThroughoutAreFine() {
        let tree = check("activity a\n\tphase design\noutcome o\n\tindicator i\n\t\tdirection up", [])
        XCTAssertEqual(tree.declaration("o")?.nestedDeclarations.first?.values("direction"), ["up"])
    }

    func testATabLineInAFileIndentedWithSpaces() {
        let tree = check("activity a\n  phase design\n1️⃣\tuses grant", [
            DiagnosticSpec("1️⃣", "mixed-indentation", severity: .warning,
                           message: "this line is indented with tabs, but the lines above use spaces",
                           hint: "indent with spaces only"),
        ])
        XCTAssertEqual(tree.declaration("a")?.properties.map(\.name.text), ["phase", "uses"], "the tab line is read at the level it lines up with")
    }

    func testTheTabIsCountedAsTheFilesIndentationStep() {
        // Four-space steps: one tab is one step.
        let tree = check("outcome o\n    indicator i\n1️⃣\t\tdirection up", [DiagnosticSpec("1️⃣", "mixed-indentation", hint: "a tab was counted as 4 spaces")])
        XCTAssertEqual(tree.declaration("o")?.nestedDeclarations.first?.values("direction"), ["up"])
    }

    func testASpaceLineInAFileIndentedWithTabs() {
        _ = check("activity a\n\tphase design\n1️⃣    uses grant", [
            DiagnosticSpec("1️⃣", "mixed-indentation", message: "indented with spaces, but the lines above use tabs", hint: "indent with tabs only"),
        ])
    }

    func testALineMixingTabsAndSpaces() {
        _ = check("activity a\n  phase design\n1️⃣ \tuses grant", [
            DiagnosticSpec("1️⃣", "mixed-indentation", message: "this line is indented with a mix of tabs and spaces", hint: "indent with spaces only"),
        ])
    }

    func testTheMixedIndentationRangeIsTheLeadingWhiteSpace() {
        let source = MarkedSource("activity a\n  phase design\n1️⃣\t\tuses grant")
        let diagnostic = Parser.parse(source.file()).diagnostics.first { $0.id == "mixed-indentation" }
        XCTAssertEqual(diagnostic?.range, SourceRange(start: source.offset("1️⃣"), end: source.offset("1️⃣") + 2))
    }

    func testEachMixedLineIsReported() {
        _ = check("activity a\n  phase design\n1️⃣\tuses grant\n2️⃣\tinvolves training", [
            DiagnosticSpec("1️⃣", "mixed-indentation"),
            DiagnosticSpec("2️⃣", "mixed-indentation"),
        ])
    }

    func testIndentedCommentsDoNotCount() {
        _ = check("activity a\n\t# a tabbed comment\n  phase design", [])
    }

    func testBlankLinesWithWhiteSpaceDoNotCount() {
        _ = check("activity a\n\t\n  phase design\n \t \n  uses grant", [])
    }

    func testInconsistentSiblingsAreReadAsSiblings() {
        let tree = check("activity a\n    phase design\n1️⃣  uses grant\n     2️⃣involves training", [
            DiagnosticSpec("1️⃣", "inconsistent-indentation", severity: .warning),
            DiagnosticSpec("2️⃣", "unexpected-indentation", message: "under `uses`"),
        ])
        XCTAssertEqual(tree.declaration("a")?.properties.map(\.name.text), ["phase", "uses"])
    }

    func testDeeperLinesBelongToTheLineAboveThem() {
        let tree = check("outcome o\n  indicator i\n    direction up\n  horizon immediate", [])
        let outcome = tree.declaration("o")!
        XCTAssertEqual(outcome.properties.map(\.name.text), ["horizon"])
        XCTAssertEqual(outcome.nestedDeclarations.first?.properties.map(\.name.text), ["direction"])
    }
}
