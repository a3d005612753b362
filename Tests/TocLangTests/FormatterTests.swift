import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// `toc fmt`: whole outputs as golden files, and the guarantees (idempotent, every comment kept, nothing done to a
/// plan with syntax errors).
final class FormatterTests: XCTestCase {
    func testMessyPlanGolden() {
        assertGolden(Fmt.format(Fmt.messy), name: "format-messy", extension: "toc")
    }

    func testExamplesGolden() {
        XCTAssertFalse(Fmt.examples.isEmpty)
        for example in Fmt.examples {
            assertGolden(Fmt.format(example.text), name: "format-\(example.name)", extension: "toc")
        }
    }

    /// The committed examples are already in canonical form, so they show the layout `toc fmt` produces.
    func testExamplesAreFormatted() {
        for example in Fmt.examples {
            XCTAssertEqual(Fmt.format(example.text), example.text, "\(example.name).toc is not formatted: run `toc fmt examples`")
        }
    }

    func testFormattingIsIdempotent() {
        for text in Fmt.examples.map(\.text) + [Fmt.messy] {
            let once = Fmt.format(text)
            XCTAssertEqual(Fmt.format(once), once)
        }
    }

    func testEveryCommentSurvivesWithItsText() {
        for text in Fmt.examples.map(\.text) + [Fmt.messy] {
            let before = Fmt.comments(text)
            let after = Fmt.comments(Fmt.format(text))
            XCTAssertFalse(before.isEmpty)
            XCTAssertEqual(before.count, after.count)
            XCTAssertEqual(before.sorted(), after.sorted())
        }
    }

    func testOutputEndsWithOneNewline() {
        XCTAssertEqual(Fmt.format("input a"), "input a\n")
        XCTAssertEqual(Fmt.format("input a\n\n\n"), "input a\n")
        XCTAssertEqual(Fmt.format("\n# only a comment\n\n"), "# only a comment\n")
        XCTAssertEqual(Fmt.format(""), "")
        XCTAssertEqual(Fmt.format("\n\n  \n"), "")
    }

    func testWindowsLineEndingsAndByteOrderMarkGo() {
        XCTAssertEqual(Fmt.format("\u{FEFF}input a \"A\"\r\n  description \"d\"\r\n"), "input a \"A\"\n  description \"d\"\n")
    }

    // MARK: - Refusal

    func testRefusesPlansWithSyntaxErrors() {
        let broken = [
            "activity a \"Unterminated\n",  // unterminated-string
            "activty a \"A\"\n",  // unknown-keyword (read as activity, but the word is wrong)
            "activity a\n  from 31/03/2019\n",  // bad-date
            "input a\n  description \"x\"\n\tdescription \"y\"\n",  // mixed-indentation
            "input grant DfE funding\n",  // unexpected-after-header
            "activity a\n  lead \"x\"\n",  // unknown detail, the line would be lost
            "a b -> c\n",  // missing comma in a link
            "activity \"Train staff\"\n",  // missing-id
            "input a\n  description \"x\"\n  description \"y\"\n",  // repeated-detail
            "description \"at the margin\"\n",  // detail-outside-element
            "input a\n  activity b\n",  // declaration-indented
        ]
        for text in broken {
            let tree = Parser.parse(text)
            let errors = tree.diagnostics.filter { $0.severity == .error }
            XCTAssertFalse(errors.isEmpty, "expected syntax errors in \(text.debugDescription)")
            XCTAssertEqual(PlanFormatter.format(tree), .refused(errors), text.debugDescription)
        }
    }

    func testRefusesTheBrokenExample() throws {
        let text = try Repository.read("examples/broken/broken-plan.toc")
        guard case .refused(let errors) = PlanFormatter.format(text) else { return XCTFail("formatted a broken plan") }
        XCTAssertTrue(errors.contains { $0.id == "unterminated-string" })
    }

    func testFormatsDespiteWarnings() {
        // Colons after keywords, curly quotes, inconsistent and indented first lines are warnings the formatter fixes.
        let text = "  theory: “T”\ninput a\n    description \"x\"\n  \n"
        XCTAssertFalse(Parser.parse(text).diagnostics.isEmpty)
        XCTAssertEqual(Fmt.format(text), "theory \"T\"\n\ninput a\n  description \"x\"\n")
    }
}
