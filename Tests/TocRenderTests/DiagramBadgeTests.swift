import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import TocTestSupport
import XCTest

/// Framework badges on activities and outcomes, and indicator rows under outcomes (`toc render --indicators`).
final class DiagramBadgeTests: XCTestCase {
    private lazy var analysis = RenderFixtures.analysis(RenderFixtures.familyHelp)

    private func line(for id: String, in dot: String) throws -> String {
        try XCTUnwrap(dot.split(separator: "\n").map(String.init).first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(id)\" [id=") })
    }

    func testBadgesUseTheFrameworkShortNames() throws {
        let dot = DOTWriter(framework: analysis.framework).write(analysis.model)
        let visits = try line(for: "visits", in: dot)
        XCTAssertTrue(visits.contains(">Strengths-based</font>"), visits)
        XCTAssertTrue(visits.contains(">Whole family</font>"), visits)
        XCTAssertTrue(try line(for: "safer", in: dot).contains(">Less risk</font>"))
        XCTAssertFalse(try line(for: "trust", in: dot).contains("<table"), "no badges, no table: a plain label")
    }

    /// Without a framework (or for ids it lacks), the badge shows the id as written.
    func testBadgesWithoutAFrameworkShowTheIDs() throws {
        let dot = DOTWriter().write(analysis.model)
        XCTAssertTrue(try line(for: "visits", in: dot).contains(">family-focus</font>"))
    }

    /// A user's framework file is text from outside too: its badges are escaped.
    func testBadgeTextIsEscaped() throws {
        let framework = Framework(
            id: "hostile", name: "Hostile", source: nil, notes: [],
            features: [FrameworkItem(id: "strengths-based", name: "x", badge: "<b>bold</b> & \"quoted\" \\N")],
            outcomes: []
        )
        let visits = try line(for: "visits", in: DOTWriter(framework: framework).write(analysis.model))
        XCTAssertTrue(visits.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; \\\\N"), visits)
        XCTAssertFalse(visits.contains("<b>bold"))
    }

    func testIndicatorRowsOnlyWithTheOption() throws {
        let plain = DOTWriter(framework: analysis.framework).write(analysis.model)
        XCTAssertFalse(try line(for: "safer", in: plain).contains("▸"))
        let dot = DOTWriter(options: .init(indicators: true), framework: analysis.framework).write(analysis.model)
        let safer = try line(for: "safer", in: dot)
        XCTAssertTrue(safer.contains("▸ Children on child protection plans: 45 → 38 by 2026-03"), safer)
        XCTAssertFalse(try line(for: "visits", in: dot).contains("▸"), "activities have no indicator rows")
    }

    func testGoldenDOTWithIndicators() {
        let dot = DOTWriter(options: .init(indicators: true), framework: analysis.framework).write(analysis.model)
        assertGolden(dot, name: "family-help-indicators", extension: "dot")
    }

    /// Graphviz accepts the labels (it reports malformed HTML labels as errors) and the SVG shows the badge text.
    func testGraphvizDrawsBadgesAndIndicators() throws {
        let result = try Renderer.render(analysis, format: .svg, options: .init(indicators: true))
        XCTAssertEqual(result.warnings, [])
        let svg = String(decoding: result.bytes, as: UTF8.self)
        XCTAssertNoThrow(try XMLDocument(data: Data(result.bytes), options: []))
        XCTAssertTrue(svg.contains("Less risk"))
        XCTAssertTrue(svg.contains("Children on child protection plans"))
    }

    /// Hostile indicator labels and values are escaped in the rows, and the SVG stays well-formed.
    func testHostileIndicatorTextIsEscaped() throws {
        let label = RenderFixtures.tocString("<script>alert(1)</script> & \\N")
        let plan = """
            activity a "A"
            outcome b "B"
              horizon immediate
              contributes-to reducing-risk
              indicator i \(label)
                baseline 10% in 2020-01 available
                target 5% by 2021-01
            a -> b
            """
        let analysis = RenderFixtures.analysis(plan)
        let dot = Renderer.dot(analysis, options: .init(indicators: true))
        let b = try line(for: "b", in: dot)
        XCTAssertTrue(b.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\\\N: 10% → 5% by 2021-01"), b)
        let result = try Renderer.render(analysis, format: .svg, options: .init(indicators: true))
        XCTAssertNoThrow(try XMLDocument(data: Data(result.bytes), options: []))
        XCTAssertFalse(String(decoding: result.bytes, as: UTF8.self).contains("<script>"))
    }
}
