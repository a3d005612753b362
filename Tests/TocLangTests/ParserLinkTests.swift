import TocDiagnostics
@testable import TocLang
import XCTest

/// Link statements: chains, fan-in and fan-out groups, arrows of both spellings, and their details.
final class ParserLinkTests: XCTestCase {
    private func groups(_ link: LinkStatement) -> [[String]] {
        link.groups.map { $0.map(\.text) }
    }

    func testAChainMakesOneGroupPerStep() {
        let tree = Parser.parse("embed-sos -> trained-staff -> shared-language -> fewer-cpp")
        XCTAssertEqual(tree.links.count, 1)
        XCTAssertEqual(groups(tree.links[0]), [["embed-sos"], ["trained-staff"], ["shared-language"], ["fewer-cpp"]])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testCommasMakeFanInAndFanOutGroups() {
        let tree = Parser.parse("future4me, embed-sos -> less-reoffending, fewer-cpp -> savings")
        XCTAssertEqual(groups(tree.links[0]), [["future4me", "embed-sos"], ["less-reoffending", "fewer-cpp"], ["savings"]])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testArrowsWithoutSpacesAndUnicodeArrows() {
        let tree = Parser.parse("a->b → c")
        XCTAssertEqual(groups(tree.links[0]), [["a"], ["b"], ["c"]])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testAssumingAndBecauseDetails() {
        let text = """
            future4me, embed-sos -> less-reoffending   # the main claim
              assuming staff-stay, police-share-data
              because "co-located specialists act on risk sooner"
            """
        let tree = Parser.parse(text)
        let link = tree.links[0]
        XCTAssertEqual(link.details.map(\.name.text), ["assuming", "because"])
        XCTAssertEqual(link.details[0].items.map(\.text), ["staff-stay", "police-share-data"])
        XCTAssertEqual(link.details[1].items.map(\.text), ["co-located specialists act on risk sooner"])
        XCTAssertEqual(link.trailingComment?.text, " the main claim")
        XCTAssertEqual(link.range, SourceRange(start: 0, end: text.utf8.count))
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testAssumingMayBeRepeated() {
        let tree = Parser.parse("a -> b\n  assuming x\n  assuming y")
        XCTAssertEqual(tree.links[0].details.count, 2)
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testAnyArrowMakesTheLineALinkEvenAfterAKeyword() {
        // `activity a -> b` is read as a link (with an odd first id) rather than a declaration.
        let tree = Parser.parse("activity -> b")
        XCTAssertEqual(tree.links.count, 1)
        XCTAssertTrue(tree.declarations.isEmpty)
    }

    func testLinksAndDeclarationsKeepTheirOrder() {
        let tree = Parser.parse("input a\na -> b\nactivity b\nb -> c")
        let kinds = tree.items.map { item -> String in
            switch item {
            case .declaration: "declaration"
            case .link: "link"
            }
        }
        XCTAssertEqual(kinds, ["declaration", "link", "declaration", "link"])
    }
}
