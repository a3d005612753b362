import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import TocTestSupport
import XCTest

/// Every clean example in `examples/` is checked without errors and drawn by Graphviz in every format. Graphviz's
/// bytes vary between versions, so these are smoke tests: well-formed, complete, the right kind of file.
final class ExampleSmokeTests: XCTestCase {
    /// The clean examples, or a small plan of our own when the folder has none (so the test never passes empty).
    private var plans: [SourceFile] {
        get throws {
            let paths = Repository.cleanExamples
            guard !paths.isEmpty else {
                return [SourceFile(path: "fallback.toc", text: """
                    theory "Fallback plan"
                    input grant "Grant"
                    activity training "Train staff"
                      uses grant
                    outcome confident "Staff feel confident"
                      horizon immediate
                    training -> confident
                    """)]
            }
            return try paths.map { try PlanLoader.load(path: $0) }
        }
    }

    func testExamplesExist() {
        XCTAssertFalse(Repository.cleanExamples.isEmpty, "examples/ has no clean plans; the smoke tests use a fallback")
    }

    func testExamplesHaveNoErrors() throws {
        for file in try plans {
            let analysis = Analysis(file: file)
            let errors = analysis.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map { "\(file.location(of: $0.range.start).line): \($0.id): \($0.message)" }, [], file.path)
            XCTAssertFalse(analysis.model.nodes.isEmpty, file.path)
        }
    }

    func testSVGNamesEveryNode() throws {
        for file in try plans {
            let analysis = Analysis(file: file)
            let result = try Renderer.render(analysis, format: .svg)
            XCTAssertEqual(result.warnings, [], "Graphviz warned about \(file.path)")
            let document: XMLDocument
            do {
                document = try XMLDocument(data: Data(result.bytes), options: [])
            } catch {
                XCTFail("\(file.path): SVG is not well-formed: \(error)")
                continue
            }
            let elements = document.rootElement().map(allElements) ?? []
            XCTAssertEqual(elements.first?.localName, "svg")
            let ids = Set(elements.compactMap { element in
                element.attributes?.first { ($0.localName ?? $0.name) == "id" }?.stringValue
            })
            let texts = elements.filter { $0.localName == "text" }.compactMap(\.stringValue).joined(separator: "\n")
            for node in analysis.model.nodes.values {
                XCTAssertTrue(ids.contains("node-\(node.id)"), "\(file.path): no element with id node-\(node.id)")
                let firstWord = String(node.label.split(separator: " ").first ?? "").prefix(20)
                XCTAssertTrue(texts.contains(firstWord), "\(file.path): `\(firstWord)` (from \(node.id)) is not drawn")
            }
            if let title = analysis.model.theory?.title {
                XCTAssertTrue(texts.contains(title), "\(file.path): the title is not drawn")
            }
        }
    }

    func testPNGAndPDFHaveTheirSignatures() throws {
        for file in try plans {
            let analysis = Analysis(file: file)
            let png = try Renderer.render(analysis, format: .png)
            XCTAssertEqual(Array(png.bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(file.path): not a PNG")
            XCTAssertGreaterThan(png.bytes.count, 10_000, "\(file.path): a PNG this small is probably empty")
            let pdf = try Renderer.render(analysis, format: .pdf)
            XCTAssertEqual(Array(pdf.bytes.prefix(5)), Array("%PDF-".utf8), "\(file.path): not a PDF")
            XCTAssertTrue(String(decoding: pdf.bytes.suffix(32), as: UTF8.self).contains("%%EOF"), "\(file.path): PDF is cut short")
        }
    }

    /// `.dot` output needs no Graphviz: it is the DOT writer's text, byte for byte.
    func testDOTFormatIsTheWritersText() throws {
        for file in try plans {
            let analysis = Analysis(file: file)
            let result = try Renderer.render(analysis, format: .dot)
            XCTAssertEqual(String(decoding: result.bytes, as: UTF8.self), Renderer.dot(analysis))
            XCTAssertEqual(result.warnings, [])
        }
    }

    private func allElements(_ root: XMLElement) -> [XMLElement] {
        var result: [XMLElement] = []
        var stack: [XMLNode] = [root]
        while let node = stack.popLast() {
            if let element = node as? XMLElement { result.append(element) }
            stack += (node.children ?? []).reversed()
        }
        return result
    }
}
