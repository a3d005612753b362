import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import XCTest

/// What the layout technique is for, checked on Graphviz's actual layout: stages read as columns left to right, and an
/// assumption note stands in the column of the element it qualifies.
final class LayoutTests: XCTestCase {
    /// The horizontal extent of each node's shape, by node id, from the rendered SVG.
    private func nodeExtents(_ plan: String) throws -> [String: ClosedRange<Double>] {
        let result = try Renderer.render(RenderFixtures.analysis(plan), format: .svg)
        let document = try parseSVG(result.bytes)
        var extents: [String: ClosedRange<Double>] = [:]
        for group in document.elements(named: "g") {
            guard let id = group.attributeValue("id"), id.hasPrefix("node-") else { continue }
            var xs: [Double] = []
            for shape in group.allElements where ["path", "polygon", "ellipse", "polyline"].contains(shape.localName ?? "") {
                let geometry = shape.attributeValue("d") ?? shape.attributeValue("points") ?? ""
                xs += Self.xCoordinates(geometry)
            }
            if let low = xs.min(), let high = xs.max() { extents[String(id.dropFirst("node-".count))] = low...high }
        }
        return extents
    }

    /// The x of every `x,y` pair in an SVG path or points list.
    private static func xCoordinates(_ geometry: String) -> [Double] {
        let pattern = try! NSRegularExpression(pattern: #"(-?[0-9]+(?:\.[0-9]+)?),(-?[0-9]+(?:\.[0-9]+)?)"#)
        let range = NSRange(geometry.startIndex..., in: geometry)
        return pattern.matches(in: geometry, range: range).compactMap { match in
            Range(match.range(at: 1), in: geometry).flatMap { Double(geometry[$0]) }
        }
    }

    private func centre(_ range: ClosedRange<Double>) -> Double { (range.lowerBound + range.upperBound) / 2 }

    func testStagesAreColumnsInOrder() throws {
        let extents = try nodeExtents(RenderFixtures.familyHelp)
        let columns = [["grant", "workers"], ["recruit", "visits"], ["sessions"], ["trust"], ["safer"]]
        for column in columns {
            for id in column { XCTAssertNotNil(extents[id], "\(id) not drawn") }
        }
        for (left, right) in zip(columns, columns.dropFirst()) {
            let leftEdge = left.compactMap { extents[$0]?.upperBound }.max() ?? .infinity
            let rightEdge = right.compactMap { extents[$0]?.lowerBound }.min() ?? -.infinity
            XCTAssertLessThan(leftEdge, rightEdge, "\(left) should stand wholly left of \(right)")
        }
        // Members of a stage share its column, even when linked to each other (recruit -> visits).
        XCTAssertEqual(centre(extents["recruit"]!), centre(extents["visits"]!), accuracy: 1)
        XCTAssertEqual(centre(extents["grant"]!), centre(extents["workers"]!), accuracy: 1)
    }

    /// An element with no links at all still sits in its stage's column (the spine and the stage's rank hold it).
    func testUnlinkedElementsKeepTheirColumn() throws {
        let extents = try nodeExtents("""
            theory "T"
            input grant "Grant"
            activity a "A"
            output lonely "An output nothing leads to"
            outcome b "B"
              horizon immediate
            outcome c "C"
              horizon long-term
            a -> b
            """)
        XCTAssertLessThan(extents["grant"]!.upperBound, extents["a"]!.lowerBound)
        XCTAssertLessThan(extents["a"]!.upperBound, extents["lonely"]!.lowerBound)
        XCTAssertLessThan(extents["lonely"]!.upperBound, extents["b"]!.lowerBound)
        XCTAssertLessThan(extents["b"]!.upperBound, extents["c"]!.lowerBound)
    }

    /// Even a link drawn backwards (an outcome to an activity) does not pull columns out of order.
    func testBackwardLinkDoesNotReorderColumns() throws {
        let extents = try nodeExtents("""
            theory "T"
            activity a "A"
            outcome b "B"
              horizon immediate
            outcome c "C"
              horizon long-term
            c -> a
            a -> b
            """)
        XCTAssertLessThan(extents["a"]!.upperBound, extents["b"]!.lowerBound)
        XCTAssertLessThan(extents["b"]!.upperBound, extents["c"]!.lowerBound)
    }

    func testAssumptionNoteStandsInItsTargetsColumn() throws {
        let extents = try nodeExtents(RenderFixtures.familyHelp)
        let note = try XCTUnwrap(extents["stay"])
        let target = try XCTUnwrap(extents["visits"])
        XCTAssertEqual(centre(note), centre(target), accuracy: 1)
    }
}
