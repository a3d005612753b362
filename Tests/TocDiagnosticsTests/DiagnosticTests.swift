import TocDiagnostics
import XCTest

/// Ordering, severities, ranges and the wording helpers messages are built from.
final class DiagnosticTests: XCTestCase {
    private func diagnostic(_ id: String, _ severity: Severity, at start: Int) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: id, range: .at(start))
    }

    func testSortedForDisplayOrdersByPositionThenSeverityThenID() {
        let sorted = [
            diagnostic("b", .warning, at: 5), diagnostic("z", .error, at: 5), diagnostic("a", .warning, at: 5),
            diagnostic("late", .error, at: 9), diagnostic("early", .info, at: 0),
        ].sortedForDisplay()
        XCTAssertEqual(sorted.map(\.id), ["early", "z", "a", "b", "late"])
    }

    func testHasErrors() {
        XCTAssertFalse([diagnostic("w", .warning, at: 0), diagnostic("i", .info, at: 0)].hasErrors)
        XCTAssertTrue([diagnostic("w", .warning, at: 0), diagnostic("e", .error, at: 0)].hasErrors)
        XCTAssertFalse([Diagnostic]().hasErrors)
    }

    func testSeveritiesAreOrderedErrorAboveWarningAboveInfo() {
        XCTAssertGreaterThan(Severity.error, Severity.warning)
        XCTAssertGreaterThan(Severity.warning, Severity.info)
        XCTAssertEqual(Severity.allCases.max(), .error)
    }

    func testSourceRangeNeverEndsBeforeItStarts() {
        let range = SourceRange(start: 10, end: 4)
        XCTAssertEqual(range.end, 10)
        XCTAssertTrue(range.isEmpty)
    }

    func testSourceRangeUnionAndEmpty() {
        XCTAssertEqual(SourceRange(start: 2, end: 4).union(SourceRange(start: 8, end: 9)), SourceRange(start: 2, end: 9))
        XCTAssertEqual(SourceRange.at(3), SourceRange(start: 3, end: 3))
        XCTAssertFalse(SourceRange(start: 1, end: 2).isEmpty)
    }

    func testWordingArticles() {
        XCTAssertEqual(Wording.withArticle("activity"), "an activity")
        XCTAssertEqual(Wording.withArticle("outcome"), "an outcome")
        XCTAssertEqual(Wording.withArticle("cohort"), "a cohort")
        XCTAssertEqual(Wording.withArticle("Input"), "an Input")
    }

    func testWordingCodeQuotesUserText() {
        XCTAssertEqual(Wording.code("phase"), "`phase`")
        XCTAssertEqual(Wording.code("a`b"), "\"a`b\"", "a backtick inside would break the code quote")
    }

    func testWordingLists() {
        XCTAssertEqual(Wording.list([]), "")
        XCTAssertEqual(Wording.list(["a"]), "a")
        XCTAssertEqual(Wording.list(["a", "b"]), "a and b")
        XCTAssertEqual(Wording.list(["a", "b", "c"], conjunction: "or"), "a, b or c")
    }
}
