import TocDiagnostics
@testable import TocLang
import XCTest

/// Comments and blank lines are kept on the node they belong to, so `toc fmt` can put them back.
final class ParserTriviaTests: XCTestCase {
    private func comments(_ trivia: [Trivia]) -> [String] {
        trivia.compactMap { if case .comment(let comment) = $0 { comment.text } else { nil } }
    }

    func testCommentsAndBlankLinesBeforeADeclarationAreItsLeadingTrivia() {
        let tree = Parser.parse("# Plan for 2019\n\n# Inputs\ninput grant")
        let input = tree.declarations[0]
        XCTAssertEqual(input.leadingTrivia.count, 3)
        XCTAssertEqual(comments(input.leadingTrivia), [" Plan for 2019", " Inputs"])
        XCTAssertEqual(input.leadingTrivia[1], .blankLine)
    }

    func testTheCommentOnAHeaderLineIsTheDeclarationsTrailingComment() {
        let tree = Parser.parse("input grant \"G\"  # [004:732]\n  description \"d\"")
        XCTAssertEqual(tree.declarations[0].trailingComment?.text, " [004:732]")
        XCTAssertNil(tree.declarations[0].properties[0].trailingComment)
    }

    func testCommentsBeforeADetailAndAfterItsValueStayWithTheDetail() {
        let text = """
            activity a "A"
              phase design
              # planned, not from the report
              from month 1 to month 9   # illustrative
            """
        let activity = Parser.parse(text).declarations[0]
        let from = activity.properties(named: "from")[0]
        XCTAssertEqual(comments(from.leadingTrivia), [" planned, not from the report"])
        XCTAssertEqual(from.trailingComment?.text, " illustrative")
        XCTAssertEqual(activity.properties(named: "phase")[0].leadingTrivia, [])
    }

    func testCommentsOnIndicatorsAndTheirDetails() {
        let text = """
            outcome o "O"
              # how we measure it
              indicator i "I"   # from the census
                # before the project
                baseline 10% in 2018-03 available   # 2017/18
            """
        let indicator = Parser.parse(text).declarations[0].nestedDeclarations[0]
        XCTAssertEqual(comments(indicator.leadingTrivia), [" how we measure it"])
        XCTAssertEqual(indicator.trailingComment?.text, " from the census")
        let baseline = indicator.properties[0]
        XCTAssertEqual(comments(baseline.leadingTrivia), [" before the project"])
        XCTAssertEqual(baseline.trailingComment?.text, " 2017/18")
    }

    func testCommentsOnLinksAndTheirDetails() {
        let text = """
            # the main chain
            a -> b   # first step
              # why it holds
              assuming s   # see the survey
            """
        let link = Parser.parse(text).links[0]
        XCTAssertEqual(comments(link.leadingTrivia), [" the main chain"])
        XCTAssertEqual(link.trailingComment?.text, " first step")
        XCTAssertEqual(comments(link.details[0].leadingTrivia), [" why it holds"])
        XCTAssertEqual(link.details[0].trailingComment?.text, " see the survey")
    }

    func testCommentsAfterTheLastStatementAreTheTreesTrailingTrivia() {
        let tree = Parser.parse("input grant\n\n# the end\n")
        XCTAssertEqual(tree.trailingTrivia.count, 2)
        XCTAssertEqual(tree.trailingTrivia[0], .blankLine)
        XCTAssertEqual(comments(tree.trailingTrivia), [" the end"])
        XCTAssertEqual(tree.declarations[0].leadingTrivia, [])
    }

    func testAFileOfOnlyCommentsHasNoItems() {
        let tree = Parser.parse("# one\n# two")
        XCTAssertTrue(tree.items.isEmpty)
        XCTAssertEqual(comments(tree.trailingTrivia), [" one", " two"])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testCommentRangesCoverTheHash() {
        let text = "input grant # c"
        let comment = Parser.parse(text).declarations[0].trailingComment
        XCTAssertEqual(comment?.range, SourceRange(start: 12, end: 15))
    }
}
