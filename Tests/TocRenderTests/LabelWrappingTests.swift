import Foundation
import TocKit
import XCTest

final class LabelWrappingTests: XCTestCase {
    func testShortLabelIsOneLine() {
        XCTAssertEqual(LabelWrapping.lines("Train staff"), ["Train staff"])
    }

    func testBreaksBetweenWordsWithinTheWidth() {
        let text = "Embed Signs of Safety across children's services and partners"
        let lines = LabelWrapping.lines(text)
        XCTAssertEqual(lines, ["Embed Signs of Safety", "across children's services", "and partners"])
        XCTAssertTrue(lines.allSatisfy { $0.count <= 26 }, "\(lines)")
        XCTAssertEqual(lines.joined(separator: " "), text, "no word lost or changed")
    }

    func testLineOfExactlyTheWidthIsKept() {
        let exact = String(repeating: "x", count: 10) + " " + String(repeating: "y", count: 15)  // 26 characters
        XCTAssertEqual(LabelWrapping.lines(exact), [exact])
        XCTAssertEqual(LabelWrapping.lines(exact + "z"), [String(repeating: "x", count: 10), String(repeating: "y", count: 15) + "z"])
    }

    func testCustomWidth() {
        XCTAssertEqual(LabelWrapping.lines("a bb ccc dddd", width: 4), ["a bb", "ccc", "dddd"])
    }

    func testWordLongerThanTheWidthIsCut() {
        let word = String(repeating: "a", count: 30)
        XCTAssertEqual(LabelWrapping.lines("Go " + word + " now"), ["Go", String(repeating: "a", count: 26), "aaaa now"])
    }

    func testWhitespaceIsTrimmedAndCollapsed() {
        XCTAssertEqual(LabelWrapping.lines("   Train    staff   "), ["Train staff"])
        XCTAssertEqual(LabelWrapping.lines(""), [""])
        XCTAssertEqual(LabelWrapping.lines("    "), [""])
    }

    /// Widths count characters as a reader sees them, not bytes or scalars.
    func testCountsCharactersNotBytes() {
        let text = "Été à la mer 👨‍👩‍👧 famille réunie"
        let lines = LabelWrapping.lines(text)
        XCTAssertEqual(lines, ["Été à la mer 👨‍👩‍👧 famille", "réunie"])
    }

    func testLabelOfTheMaximumLengthIsNotCut() {
        let text = Array(repeating: "word", count: 32).joined(separator: " ")  // 159 characters
        let padded = text + "s"  // 160
        XCTAssertEqual(padded.count, LabelWrapping.maximumLength)
        XCTAssertEqual(LabelWrapping.lines(padded).joined(separator: " "), padded)
    }

    func testLongLabelIsCutWithAnEllipsis() {
        let text = Array(repeating: "word", count: 40).joined(separator: " ")  // 199 characters
        let joined = LabelWrapping.lines(text).joined(separator: " ")
        XCTAssertLessThanOrEqual(joined.count, LabelWrapping.maximumLength)
        XCTAssertTrue(joined.hasSuffix("…"), joined)
        XCTAssertTrue(text.hasPrefix(String(joined.dropLast())), joined)
    }

    /// The cut does not leave a space before the ellipsis.
    func testCutTrimsBeforeTheEllipsis() {
        let text = String(repeating: "a", count: 158) + " " + String(repeating: "b", count: 10)
        let joined = LabelWrapping.lines(text).joined()
        XCTAssertTrue(joined.hasSuffix("a…"), String(joined.suffix(5)))
    }

    func testMillionCharacterLabelIsCutQuickly() {
        for text in [String(repeating: "x", count: 1_000_000), String(repeating: "word ", count: 200_000)] {
            let start = Date()
            let lines = LabelWrapping.lines(text)
            XCTAssertLessThan(Date().timeIntervalSince(start), 2, "wrapping must not depend on the full length")
            XCTAssertLessThanOrEqual(lines.map(\.count).reduce(0, +), LabelWrapping.maximumLength)
            XCTAssertLessThanOrEqual(lines.count, 8)
            XCTAssertEqual(lines.last?.last, "…")
        }
    }
}
