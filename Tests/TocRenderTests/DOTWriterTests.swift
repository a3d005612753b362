import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The DOT writer: the whole output as a golden file, and the layout rules of docs/architecture.md checked one by one.
final class DOTWriterTests: XCTestCase {
    private lazy var analysis = RenderFixtures.analysis(RenderFixtures.familyHelp)
    private lazy var dot = DOTWriter(framework: analysis.framework).write(analysis.model)
    private lazy var lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }

    /// The findings about the plan's structure (the fixture is not meant to be a complete plan in other respects).
    func testFixturePlanHasTheFindingsItWasWrittenFor() {
        let structural = Set((RuleRegistry.names + RuleRegistry.structure).map(\.id))
        XCTAssertEqual(analysis.diagnostics.map(\.id).filter(structural.contains), [
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
        let again = RenderFixtures.analysis(RenderFixtures.familyHelp)
        XCTAssertEqual(DOTWriter(framework: again.framework).write(again.model), dot)
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

    /// One cluster per stage, in stage order, the empty intermediate stage included (saying "none", so the gap in
    /// the theory shows); then boxes for outcomes without a horizon and for unattached assumptions.
    func testOneClusterPerStageInOrder() {
        let clusters = lines.compactMap { line -> String? in
            guard line.hasPrefix("subgraph \"cluster_") else { return nil }
            return line.dropFirst("subgraph \"cluster_".count).split(separator: "\"").first.map(String.init)
        }
        XCTAssertEqual(clusters, ["inputs", "activities", "outputs", "immediate", "intermediate", "longTerm", "no_horizon", "unattached"])
        XCTAssertTrue(lines.contains(##""empty_intermediate" [shape=plaintext, label=<<i>none</i>>, fontcolor="#718096"];"##), dot)
        XCTAssertTrue(lines.contains(#"{ rank=same; "spine_intermediate"; "empty_intermediate"; }"#), dot)
    }

    /// Each element is declared inside the cluster of its stage; a note anchored to an outcome without a horizon
    /// sits in that outcome's box; an unattached note in a box of its own.
    func testElementsSitInTheirStageCluster() {
        let expected: [String: [String]] = [
            "inputs": ["grant", "workers"], "activities": ["recruit", "visits", "stay"], "outputs": ["sessions"],
            "immediate": ["trust"], "longTerm": ["safer"], "no_horizon": ["calmer", "engage"], "unattached": ["funding"],
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
        // The empty stage's point exists (inside its labelled cluster), so the chain keeps its column.
        XCTAssertTrue(lines.contains(#""spine_intermediate" [shape=point, style=invis, width=0];"#))
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

    /// Assumptions without a column are never left floating: one attached only to a link into an outcome without a
    /// horizon is drawn beside that outcome (dotted line, no rank constraint); an unattached one in its own box.
    func testAssumptionsWithoutAColumnGetBoxesOfTheirOwn() {
        for id in ["engage", "funding"] {
            XCTAssertEqual(lines.filter { $0.hasPrefix("\"\(id)\" [id=\"node-\(id)\"") }.count, 1, id)
            XCTAssertFalse(lines.contains { $0.hasPrefix("{ rank=same;") && $0.contains("\"\(id)\"") }, id)
        }
        XCTAssertTrue(lines.contains(##""engage" -> "calmer" [style=dotted, arrowhead=none, color="#9C7A00"];"##), dot)
        XCTAssertFalse(lines.contains { $0.hasPrefix("\"funding\" ->") }, dot)
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

    func testEmptyPlanStillHasTheSpineAndEmptyColumns() {
        let dot = DOTWriter().write(RenderFixtures.analysis("").model)
        XCTAssertEqual(dot.components(separatedBy: "subgraph").count - 1, Stage.allCases.count, "one labelled column per stage")
        XCTAssertEqual(dot.components(separatedBy: "label=<<i>none</i>>").count - 1, Stage.allCases.count, "each says it is empty")
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
