import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The DOT writer: the whole output as a golden file, and the layout rules of docs/architecture.md checked one by one.
final class DOTWriterTests: XCTestCase {
    private lazy var analysis = RenderFixtures.analysis(RenderFixtures.familyHelp)
    private lazy var dot = DOTWriter().write(analysis.model)
    private lazy var lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }

    func testFixturePlanHasTheFindingsItWasWrittenFor() {
        XCTAssertEqual(analysis.diagnostics.map(\.id), [
            "outcome-without-horizon", "unattached-assumption", "skipped-stage",
        ], "\(analysis.diagnostics.map { "\($0.id): \($0.message)" })")
    }

    func testGoldenDOT() {
        assertGolden(dot, name: "family-help", extension: "dot")
    }

    func testLegendCanBeLeftOut() {
        let dot = DOTWriter(options: .init(legend: false)).write(analysis.model)
        XCTAssertFalse(dot.contains("Immediate outcome</font>"), "the legend is left out")
        XCTAssertTrue(dot.contains("Family Help in Northshire"), "the title stays")
    }

    /// Written twice, the same model gives the same bytes (golden files depend on it).
    func testOutputIsDeterministic() {
        XCTAssertEqual(DOTWriter().write(RenderFixtures.analysis(RenderFixtures.familyHelp).model), dot)
    }

    // MARK: - Layout rules (docs/architecture.md, "Graphviz: a layout that reads as a theory of change")

    func testGraphUsesNewRankLeftToRight() throws {
        let graph = try XCTUnwrap(lines.first { $0.hasPrefix("graph [") })
        XCTAssertTrue(graph.contains("newrank=true"), graph)
        XCTAssertTrue(graph.contains("rankdir=LR"), graph)
    }

    func testFontIsDejaVuSansEverywhere() throws {
        for prefix in ["graph [", "node [", "edge ["] {
            let line = try XCTUnwrap(lines.first { $0.hasPrefix(prefix) }, prefix)
            XCTAssertTrue(line.contains(#"fontname="DejaVu Sans""#), line)
        }
        let fontNames = dot.ranges(of: "fontname=").count
        XCTAssertEqual(fontNames, 3, "no element overrides the font")
    }

    /// One cluster per non-empty stage, in stage order; none for the empty intermediate stage; outcomes without a
    /// horizon in a cluster of their own.
    func testOneClusterPerNonEmptyStage() {
        let clusters = lines.compactMap { line -> String? in
            guard line.hasPrefix("subgraph \"cluster_") else { return nil }
            return line.dropFirst("subgraph \"cluster_".count).split(separator: "\"").first.map(String.init)
        }
        XCTAssertEqual(clusters, ["inputs", "activities", "outputs", "immediate", "longTerm", "no_horizon"])
    }

    /// Each element is declared inside the cluster of its stage.
    func testElementsSitInTheirStageCluster() {
        let expected: [String: [String]] = [
            "inputs": ["grant", "workers"], "activities": ["recruit", "visits", "stay"], "outputs": ["sessions"],
            "immediate": ["trust"], "longTerm": ["safer"], "no_horizon": ["calmer"],
        ]
        XCTAssertEqual(membersByCluster(), expected)
    }

    /// The invisible spine runs through one point per stage, empty stages included, in stage order, heavily weighted.
    func testSpineRunsThroughEveryStageInOrder() throws {
        let spine = try XCTUnwrap(lines.first { $0.hasPrefix("\"spine_inputs\" ->") })
        let points = spine.components(separatedBy: " [").first!.components(separatedBy: " -> ")
        XCTAssertEqual(points, Stage.allCases.map { "\"spine_\($0)\"" })
        XCTAssertTrue(spine.contains("style=invis"), spine)
        XCTAssertTrue(spine.contains("weight=100"), spine)
        // The empty stage's point exists (outside any cluster), so the chain keeps its column.
        XCTAssertTrue(lines.contains(#""spine_intermediate" [shape=point, style=invis, width=0];"#))
        XCTAssertFalse(membersByCluster().values.joined().contains("spine_intermediate"))
    }

    /// An attached assumption shares a rank with the element it qualifies (not `constraint=false`), and a dotted line
    /// joins them.
    func testAttachedAssumptionSharesItsTargetsRank() throws {
        let rankSame = lines.filter { $0.hasPrefix("{ rank=same;") }
        let withStay = try XCTUnwrap(rankSame.first { $0.contains("\"stay\"") }, "\(rankSame)")
        // `stay` is named under `recruit -> visits -> …`; its first link leads to `visits`.
        XCTAssertTrue(withStay.contains("\"visits\""), withStay)
        XCTAssertTrue(lines.contains(##""stay" -> "visits" [style=dotted, arrowhead=none, color="#9C7A00"];"##), dot)
        XCTAssertFalse(dot.contains("constraint=false"))
        // Each assumption is declared once.
        XCTAssertEqual(lines.filter { $0.hasPrefix("\"stay\" [") }.count, 1)
    }

    /// An assumption attached only to a link into an outcome without a horizon has no column: it is drawn free, with
    /// no rank constraint; so is an unattached one.
    func testAssumptionsWithoutAColumnAreDrawnFree() {
        for id in ["engage", "funding"] {
            XCTAssertEqual(lines.filter { $0.hasPrefix("\"\(id)\" [id=\"node-\(id)\"") }.count, 1, id)
            XCTAssertFalse(lines.contains { $0.hasPrefix("{ rank=same;") && $0.contains("\"\(id)\"") }, id)
            XCTAssertFalse(membersByCluster().values.joined().contains(id), id)
        }
    }

    func testUsesEdgesAreDashedFromInputToActivity() {
        let uses = lines.filter { $0.contains("arrowhead=empty") }
        XCTAssertEqual(uses, [
            ##""grant" -> "recruit" [style=dashed, color="#718096", arrowhead=empty];"##,
            ##""workers" -> "recruit" [style=dashed, color="#718096", arrowhead=empty];"##,
            ##""workers" -> "visits" [style=dashed, color="#718096", arrowhead=empty];"##,
        ])
    }

    func testLinksCarryIDsRationaleAndAssumptionWeight() {
        let links = lines.filter { $0.contains("[id=\"link-") }
        XCTAssertEqual(links.count, 5)
        XCTAssertTrue(links.contains(
            #""recruit" -> "visits" [id="link-recruit-visits", tooltip="a steady worker builds trust", penwidth=1.4];"#
        ), "\(links)")
        XCTAssertTrue(links.contains(#""trust" -> "safer" [id="link-trust-safer"];"#), "\(links)")
    }

    /// A link written twice is drawn once.
    func testRepeatedLinkIsDrawnOnce() {
        let analysis = RenderFixtures.analysis("""
            theory "T"
            activity a "A"
            outcome b "B"
              horizon immediate
            a -> b
            a -> b
            """)
        XCTAssertEqual(analysis.model.links.count, 2)
        XCTAssertEqual(DOTWriter().write(analysis.model).ranges(of: #""a" -> "b""#).count, 1)
    }

    func testNodeIDsAndTooltips() throws {
        let visits = try XCTUnwrap(lines.first { $0.hasPrefix("\"visits\" [") })
        XCTAssertTrue(visits.contains(#"id="node-visits""#), visits)
        XCTAssertTrue(visits.contains(#"tooltip="Weekly home visits: Up to a year of visits by one worker""#), visits)
        let sessions = try XCTUnwrap(lines.first { $0.hasPrefix("\"sessions\" [") })
        XCTAssertTrue(sessions.contains(#"label=<Home visits &amp; &quot;check-ins&quot;<br/>delivered>"#), sessions)
        // Graphviz decodes entities in tooltips, so `&` is written as one.
        XCTAssertTrue(sessions.contains(#"tooltip="Home visits &amp; \"check-ins\" delivered""#), sessions)
    }

    func testEmptyPlanStillHasTheSpine() {
        let dot = DOTWriter().write(RenderFixtures.analysis("").model)
        XCTAssertFalse(dot.contains("subgraph"))
        XCTAssertTrue(dot.contains(Stage.allCases.map { "\"spine_\($0)\"" }.joined(separator: " -> ")))
        XCTAssertTrue(dot.contains("<b>Theory of change</b>"), "a default title")
    }

    // MARK: - Helpers

    /// Ids of the nodes declared inside each cluster (spine points left out).
    private func membersByCluster() -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current: String?
        for line in lines {
            if line.hasPrefix("subgraph \"cluster_") {
                current = line.dropFirst("subgraph \"cluster_".count).split(separator: "\"").first.map(String.init)
            } else if line == "}" {
                current = nil
            } else if let cluster = current, line.hasPrefix("\""), line.contains(" [id=\"node-") {
                let id = String(line.dropFirst().prefix { $0 != "\"" })
                result[cluster, default: []].append(id)
            }
        }
        return result
    }
}
