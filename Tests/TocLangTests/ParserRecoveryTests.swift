import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// After a mistake the parser carries on as if the text said what was meant, so that every other problem is found
/// in the same run, and the fix-its it offers produce text that parses cleanly.
final class ParserRecoveryTests: XCTestCase {
    /// Applies every fix-it of the text's diagnostics and parses the result again.
    private func fixed(_ text: String) -> (text: String, tree: SyntaxTree) {
        let file = SourceFile(path: "t.toc", text: text)
        let fixedText = FixIt.apply(Parser.parse(file).diagnostics.flatMap(\.fixIts), to: file)
        return (fixedText, Parser.parse(fixedText))
    }

    // MARK: - Misspelt keywords and details

    func testAMisspeltKeywordIsReadAsTheSuggestionSoItsDetailsAreStillChecked() {
        let source = MarkedSource("1️⃣activty embed \"Embed\"\n  phase design\n  2️⃣horizon immediate")
        let tree = Parser.parse(source.file())
        assertDiagnostics(tree.diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unknown-keyword", hint: "did you mean `activity`?"),
            DiagnosticSpec("2️⃣", "unknown-detail", message: "is not a detail of an activity"),
        ])
        XCTAssertEqual(tree.declaration("embed")?.kind, .activity)
        XCTAssertEqual(tree.declaration("embed")?.values("phase"), ["design"])
    }

    func testTheMisspeltKeywordFixItCorrectsIt() {
        let result = fixed("outcom o \"O\"\n  horizon immediate")
        XCTAssertEqual(result.text, "outcome o \"O\"\n  horizon immediate")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testAnUnknownKeywordWithoutSuggestionDropsTheBlockQuietly() {
        let tree = Parser.parse("banana split\n  phse design\ninput grant")
        XCTAssertEqual(tree.diagnostics.map(\.id), ["unknown-keyword"], "its details are not guessed at")
        XCTAssertEqual(tree.declarations.map { $0.id?.text }, ["grant"], "the next element is read")
    }

    func testAMisspeltDetailIsReadAsTheSuggestion() {
        let tree = Parser.parse("activity a\n  phse design")
        XCTAssertEqual(tree.declaration("a")?.values("phase"), ["design"])
        XCTAssertEqual(fixed("activity a\n  phse design").text, "activity a\n  phase design")
    }

    func testAMisspeltDetailCountsForRepetition() {
        let source = MarkedSource("activity a\n  phase design\n  1️⃣phse set-up\n  2️⃣phase embedding")
        assertDiagnostics(Parser.parse(source.file()).diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unknown-detail"),
            DiagnosticSpec("1️⃣", "repeated-detail"),
            DiagnosticSpec("2️⃣", "repeated-detail"),
        ])
    }

    func testAMisspeltIndicatorIsReadAsAnIndicator() {
        let source = MarkedSource("outcome o\n  1️⃣indicatr i \"I\"\n    direction down")
        let tree = Parser.parse(source.file())
        assertDiagnostics(tree.diagnostics, in: source, [DiagnosticSpec("1️⃣", "unknown-detail", hint: "did you mean `indicator`?")])
        XCTAssertEqual(tree.declaration("o")?.nestedDeclarations.first?.values("direction"), ["down"])
    }

    func testAMisspeltLinkDetailIsReadAsTheSuggestion() {
        let tree = Parser.parse("a -> b\n  becuse \"it works\"")
        XCTAssertEqual(tree.links[0].details.map(\.name.text), ["because"])
        XCTAssertEqual(fixed("a -> b\n  becuse \"it works\"").text, "a -> b\n  because \"it works\"")
    }

    // MARK: - Misplaced lines

    func testALinkIndentedInsideADeclarationIsHoisted() {
        let source = MarkedSource("activity a\n  phase design\n  1️⃣a -> b\n    assuming s\ninput grant")
        let tree = Parser.parse(source.file())
        assertDiagnostics(tree.diagnostics, in: source, [DiagnosticSpec("1️⃣", "link-inside-element")])
        XCTAssertEqual(tree.links.count, 1)
        XCTAssertEqual(tree.links[0].groups.map { $0.map(\.text) }, [["a"], ["b"]])
        XCTAssertEqual(tree.links[0].details.map(\.name.text), ["assuming"], "its details come with it")
        XCTAssertEqual(tree.declaration("a")?.properties.map(\.name.text), ["phase"], "the declaration keeps the rest")
        guard tree.items.count == 3, case .declaration = tree.items[0], case .link = tree.items[1], case .declaration = tree.items[2] else {
            return XCTFail("expected the link just after its declaration: \(tree.items)")
        }
    }

    func testADeclarationIndentedUnderAnotherIsHoistedWithItsDetails() {
        let source = MarkedSource("activity a\n  phase design\n  1️⃣activity b \"B\"\n    phase embedding\n  uses grant")
        let tree = Parser.parse(source.file())
        assertDiagnostics(tree.diagnostics, in: source, [DiagnosticSpec("1️⃣", "declaration-indented")])
        XCTAssertEqual(tree.declarations.map { $0.id?.text }, ["a", "b"])
        XCTAssertEqual(tree.declaration("b")?.values("phase"), ["embedding"])
        XCTAssertEqual(tree.declaration("a")?.properties.map(\.name.text), ["phase", "uses"], "later details stay with the first")
    }

    func testADeclarationIndentedUnderAnIndicatorIsHoisted() {
        let tree = Parser.parse("outcome o\n  indicator i\n    direction up\n    outcome p\n      horizon immediate")
        XCTAssertEqual(tree.declarations.map { $0.id?.text }, ["o", "p"])
        XCTAssertEqual(tree.declaration("p")?.values("horizon"), ["immediate"])
        XCTAssertEqual(tree.diagnostics.map(\.id), ["declaration-indented"])
    }

    // MARK: - Fix-its that make the text parse

    /// A missing id is offered, made from the label, as a fix-it; until then the element has no id (so no later
    /// finding names an id the user never wrote).
    func testAMissingIDIsOfferedFromTheLabel() {
        let text = "activity \"Embed Signs of Safety across children's services\"\n  phase design"
        let tree = Parser.parse(text)
        let activity = tree.declarations[0]
        XCTAssertNil(activity.id)
        let result = fixed(text)
        XCTAssertEqual(result.text, "activity embed-signs-safety-across \"Embed Signs of Safety across children's services\"\n  phase design")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testAMissingIDWithoutALabelIsLeftMissing() {
        let tree = Parser.parse("activity\n  phase design")
        XCTAssertNil(tree.declarations[0].id)
        XCTAssertEqual(tree.diagnostics.first?.fixIts, [])
        XCTAssertEqual(tree.declarations[0].values("phase"), ["design"], "its details are still read")
    }

    func testAMissingIDFromALabelWithoutLettersIsLeftMissing() {
        let tree = Parser.parse("output \"2019 - 20\"")
        XCTAssertNil(tree.declarations[0].id)
        XCTAssertEqual(tree.diagnostics.map(\.id), ["missing-id"])
    }

    func testTheUnquotedLabelFixItQuotesIt() {
        let result = fixed("activity a Embed Signs of Safety 2\n  phase design")
        XCTAssertEqual(result.text, "activity a \"Embed Signs of Safety 2\"\n  phase design")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
        XCTAssertEqual(result.tree.declaration("a")?.label?.text, "Embed Signs of Safety 2")
    }

    func testAnUnquotedTitleIsStillUsedAsTheTitle() {
        let tree = Parser.parse("theory Lincolnshire Partners in Practice")
        XCTAssertEqual(tree.declarations[0].label?.text, "Lincolnshire Partners in Practice")
        let result = fixed("theory Lincolnshire Partners in Practice")
        XCTAssertEqual(result.text, "theory \"Lincolnshire Partners in Practice\"")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testAnIDBeforeTheTheorysTitleIsDroppedAndTheTitleKept() {
        let tree = Parser.parse("theory lincs \"Lincolnshire\"\n  kind system-change")
        XCTAssertEqual(tree.declarations[0].label?.text, "Lincolnshire")
        XCTAssertNil(tree.declarations[0].id)
        XCTAssertEqual(tree.diagnostics.count, 1)
        let result = fixed("theory lincs \"Lincolnshire\"\n  kind system-change")
        XCTAssertEqual(result.text, "theory \"Lincolnshire\"\n  kind system-change")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testTheColonFixItRemovesTheColonAndTheValueIsReadMeanwhile() {
        let text = "activity a\n  phase: design\n  uses: grant, advisors"
        let tree = Parser.parse(text)
        XCTAssertEqual(tree.diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(tree.declaration("a")?.values("phase"), ["design"])
        XCTAssertEqual(tree.declaration("a")?.values("uses"), ["grant", "advisors"])
        let result = fixed(text)
        XCTAssertEqual(result.text, "activity a\n  phase design\n  uses grant, advisors")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testTheMissingCommaFixItPutsTheCommaAfterTheFirstID() {
        let result = fixed("a b -> c")
        XCTAssertEqual(result.text, "a, b -> c")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testTwoIDsInARowAreBothKept() {
        let tree = Parser.parse("a b -> c")
        XCTAssertEqual(tree.links[0].groups.map { $0.map(\.text) }, [["a", "b"], ["c"]])
    }

    func testTheStrayCommaFixItRemovesIt() {
        let result = fixed("a, , b -> c")
        XCTAssertEqual(result.text, "a,  b -> c")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    func testTheIndentedFirstElementFixItRemovesTheIndentation() {
        let result = fixed("  activity a")
        XCTAssertEqual(result.text, "activity a")
        XCTAssertTrue(result.tree.diagnostics.isEmpty)
    }

    // MARK: - Repeated details

    func testARepeatedDetailKeepsTheFirstAndNotesWhereItWas() {
        let source = MarkedSource("activity a\n  1️⃣phase design\n  2️⃣phase implementation")
        let tree = Parser.parse(source.file())
        XCTAssertEqual(tree.declaration("a")?.properties(named: "phase").count, 1)
        XCTAssertEqual(tree.declaration("a")?.values("phase"), ["design"])
        let diagnostic = tree.diagnostics.first { $0.id == "repeated-detail" }
        XCTAssertEqual(diagnostic?.range.start, source.offset("2️⃣"))
        XCTAssertEqual(diagnostic?.notes.count, 1)
        XCTAssertEqual(diagnostic?.notes.first?.message, "first given here")
        XCTAssertEqual(diagnostic?.notes.first?.range, SourceRange(start: source.offset("1️⃣"), end: source.offset("1️⃣") + 12))
    }

    // MARK: - One problem per line, all lines checked

    func testEveryProblemInAFileIsReportedInOneRun() {
        let source = MarkedSource("""
            theory 1️⃣Our plan
              starts 2️⃣31/03/2019
            3️⃣activty a "A"
              4️⃣phse design
            output b 5️⃣"B
            6️⃣horizon immediate
            a -> 7️⃣"B"
            input c 8️⃣“C” 9️⃣{}
            """)
        assertDiagnostics(Parser.parse(source.file()).diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "missing-title"),
            DiagnosticSpec("2️⃣", "bad-date", hint: "2019-03-31"),
            DiagnosticSpec("3️⃣", "unknown-keyword"),
            DiagnosticSpec("4️⃣", "unknown-detail"),
            DiagnosticSpec("5️⃣", "unterminated-string"),
            DiagnosticSpec("6️⃣", "detail-outside-element"),
            DiagnosticSpec("7️⃣", "label-in-link"),
            DiagnosticSpec("8️⃣", "curly-quotes", severity: .warning),
            DiagnosticSpec("9️⃣", "unexpected-character"),
        ])
    }
}
