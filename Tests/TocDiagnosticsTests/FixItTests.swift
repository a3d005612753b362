import TocDiagnostics
import XCTest

/// Fix-its are applied to the original text by byte offset; several can be applied at once.
final class FixItTests: XCTestCase {
    private func file(_ text: String) -> SourceFile { SourceFile(path: "plan.toc", text: text) }

    func testReplacesARange() {
        let source = file("phase implemention")
        let fix = FixIt(range: SourceRange(start: 6, end: 18), replacement: "implementation")
        XCTAssertEqual(FixIt.apply([fix], to: source), "phase implementation")
    }

    func testInsertsAtAnEmptyRange() {
        let source = file("activity \"Train\"")
        XCTAssertEqual(FixIt.apply([FixIt(range: .at(8), replacement: " train")], to: source), "activity train \"Train\"")
    }

    func testDeletesWithAnEmptyReplacement() {
        XCTAssertEqual(FixIt.apply([FixIt(range: SourceRange(start: 5, end: 6), replacement: "")], to: file("phase: design")), "phase design")
    }

    func testNoFixItsLeaveTheTextUnchanged() {
        XCTAssertEqual(FixIt.apply([], to: file("unchanged ✓")), "unchanged ✓")
    }

    func testSeveralEditsApplyWhateverTheirOrder() {
        let source = file("a b c")
        let fixes = [
            FixIt(range: SourceRange(start: 0, end: 1), replacement: "first"),
            FixIt(range: SourceRange(start: 4, end: 5), replacement: "third"),
            FixIt(range: SourceRange(start: 2, end: 3), replacement: "second"),
        ]
        XCTAssertEqual(FixIt.apply(fixes, to: source), "first second third")
        XCTAssertEqual(FixIt.apply(fixes.reversed(), to: source), "first second third")
    }

    func testOffsetsAreBytesSoMultiByteTextBeforeTheEditIsKept() {
        let text = "“Café” é x"
        let source = file(text)
        let start = text.utf8.count - 1
        XCTAssertEqual(FixIt.apply([FixIt(range: SourceRange(start: start, end: start + 1), replacement: "y")], to: source), "“Café” é y")
    }

    func testOverlappingEditsKeepTheFirstByPosition() {
        let source = file("0123456789")
        let first = FixIt(range: SourceRange(start: 2, end: 6), replacement: "A")
        let second = FixIt(range: SourceRange(start: 4, end: 8), replacement: "B")
        XCTAssertEqual(FixIt.apply([first, second], to: source), "01A6789")
        XCTAssertEqual(FixIt.apply([second, first], to: source), "01A6789", "the order given does not matter")
    }

    func testAnEditInsideAnotherIsSkipped() {
        let source = file("0123456789")
        let outer = FixIt(range: SourceRange(start: 1, end: 9), replacement: "X")
        let inner = FixIt(range: SourceRange(start: 3, end: 4), replacement: "Y")
        XCTAssertEqual(FixIt.apply([inner, outer], to: source), "0X9")
    }

    func testTouchingEditsBothApply() {
        let source = file("abcd")
        let fixes = [FixIt(range: SourceRange(start: 0, end: 2), replacement: "X"), FixIt(range: SourceRange(start: 2, end: 4), replacement: "Y")]
        XCTAssertEqual(FixIt.apply(fixes, to: source), "XY")
    }

    func testInsertionsAtOnePointKeepTheirOrder() {
        let source = file("ab")
        let fixes = [FixIt(range: .at(1), replacement: "1"), FixIt(range: .at(1), replacement: "2")]
        XCTAssertEqual(FixIt.apply(fixes, to: source), "a12b")
    }

    func testRangesBeyondTheEndOfTheTextAreClamped() {
        let source = file("abc")
        XCTAssertEqual(FixIt.apply([FixIt(range: SourceRange(start: 2, end: 40), replacement: "Z")], to: source), "abZ")
        XCTAssertEqual(FixIt.apply([FixIt(range: .at(99), replacement: "!")], to: source), "abc!")
    }
}
