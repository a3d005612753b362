import Foundation
import TocGraphviz
import XCTest

final class GraphvizEscapingTests: XCTestCase {
    func testHostileLabelComesOutEscapedInSVG() throws {
        let firstLine = #"<script>alert("x")</script> & 'more'"#
        let label = firstLine + "\nsecond line"
        let dot = "digraph { a [label=\(dotQuoted(label))]; b [label=\(dotQuoted("<b>"))]; a -> b }"

        let output = try Graphviz.render(dot: dot, format: .svg)
        let svg = String(decoding: output.data, as: UTF8.self)

        XCTAssertFalse(svg.contains("<script"), svg)
        XCTAssertFalse(svg.contains("<b>"), svg)
        XCTAssertTrue(svg.contains("&lt;script&gt;"), svg)
        XCTAssertTrue(svg.contains("&amp;"), svg)
        let document = try parseSVG(output.data)
        XCTAssertEqual(try document.strings(ofElementsNamed: "script"), [])
        let texts = try document.strings(ofElementsNamed: "text")
        // The DOT "\n" escape splits the label into one <text> element per line.
        XCTAssertTrue(texts.contains(firstLine), "\(texts)")
        XCTAssertTrue(texts.contains("second line"), "\(texts)")
        XCTAssertTrue(texts.contains("<b>"), "\(texts)")
        XCTAssertEqual(output.messages, [])
    }
}
