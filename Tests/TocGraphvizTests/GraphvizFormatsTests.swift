import Foundation
import TocGraphviz
import XCTest

final class GraphvizFormatsTests: XCTestCase {
    private let chain = """
        digraph toc {
            inputs [label="Inputs"];
            activities [label="Activities"];
            outcomes [label="Outcomes"];
            impact [label="Long-term impact"];
            inputs -> activities -> outcomes -> impact;
        }
        """

    func testSVGIsWellFormedXMLNamingEveryNodeLabel() throws {
        let output = try Graphviz.render(dot: chain, format: .svg)

        let document = try parseSVG(output.data)
        XCTAssertEqual(document.rootElement()?.localName, "svg")
        let texts = Set(try document.strings(ofElementsNamed: "text"))
        for label in ["Inputs", "Activities", "Outcomes", "Long-term impact"] {
            XCTAssertTrue(texts.contains(label), "no <text> element for \(label); texts: \(texts)")
        }
        XCTAssertEqual(output.messages, [])
    }

    func testPNGStartsWithPNGSignature() throws {
        let output = try Graphviz.render(dot: chain, format: .png)

        XCTAssertEqual(Array(output.data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(output.data.count, 100)
        XCTAssertEqual(output.messages, [])
    }

    func testPDFStartsWithPDFHeader() throws {
        let output = try Graphviz.render(dot: chain, format: .pdf)

        XCTAssertEqual(Array(output.data.prefix(5)), Array("%PDF-".utf8))
        let tail = String(decoding: output.data.suffix(32), as: UTF8.self)
        XCTAssertTrue(tail.contains("%%EOF"), "PDF does not end with %%EOF: \(tail.debugDescription)")
        XCTAssertEqual(output.messages, [])
    }

    func testFormatRawValueIsFileExtension() {
        XCTAssertEqual(GraphvizFormat.allCases.map(\.rawValue), ["svg", "png", "pdf"])
        XCTAssertEqual(GraphvizFormat.allCases.map(\.fileExtension), ["svg", "png", "pdf"])
    }

    func testVersionIsADottedNumber() {
        let version = Graphviz.version
        XCTAssertNotNil(
            version.wholeMatch(of: /\d+\.\d+(\.\d+)?.*/), "unexpected version \(version.debugDescription)"
        )
    }
}
