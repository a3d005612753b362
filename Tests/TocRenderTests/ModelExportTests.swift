import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The JSON export: the whole document as a golden file, and its schema fields read back as JSON.
final class ModelExportTests: XCTestCase {
    private lazy var analysis = RenderFixtures.analysis(RenderFixtures.familyHelp)
    private lazy var json = ModelExport.json(analysis.model)

    func testGoldenJSON() {
        assertGolden(json, name: "family-help", extension: "json")
    }

    func testParsesBackWithSchemaAndVersion() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? String, "toc-model")
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual(object["version"] as? Int, ModelExport.schemaVersion)
        XCTAssertEqual(object["file"] as? String, "plan.toc")
        XCTAssertEqual(
            Set(object.keys), ["schema", "version", "file", "theory", "cohorts", "nodes", "links", "risks", "audit"]
        )
    }

    func testNodesLinksAndLocations() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try XCTUnwrap(object["nodes"] as? [[String: Any]])
        XCTAssertEqual(nodes.compactMap { $0["id"] as? String }, [
            "grant", "workers", "recruit", "visits", "sessions", "trust", "safer", "calmer", "stay", "engage", "funding",
        ])
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["safer"]?["stage"] as? String, "longTerm")
        XCTAssertEqual(byID["safer"]?["horizon"] as? String, "long-term")
        XCTAssertNil(byID["calmer"]?["stage"], "no stage without a horizon")
        XCTAssertNil(byID["stay"]?["stage"], "assumptions have no stage")
        XCTAssertEqual(byID["sessions"]?["label"] as? String, #"Home visits & "check-ins" delivered"#)
        XCTAssertEqual(byID["recruit"]?["uses"] as? [String], ["grant", "workers"])
        let location = try XCTUnwrap(byID["grant"]?["location"] as? [String: Int])
        XCTAssertEqual(location, ["line": 12, "column": 1])
        XCTAssertTrue(RenderFixtures.familyHelp.split(separator: "\n", omittingEmptySubsequences: false)[11].hasPrefix("input grant"))

        let links = try XCTUnwrap(object["links"] as? [[String: Any]])
        XCTAssertEqual(links.map { "\($0["from"]!)->\($0["to"]!)" }, [
            "recruit->visits", "visits->sessions", "sessions->trust", "trust->safer", "sessions->calmer",
        ])
        XCTAssertEqual(links[0]["assuming"] as? [String], ["stay"])
        XCTAssertEqual(links[0]["because"] as? String, "a steady worker builds trust")
        XCTAssertNil(links[3]["assuming"], "empty lists are left out")
    }

    /// Keys are sorted, so exports diff cleanly.
    func testKeysAreSorted() throws {
        let topLevelKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        XCTAssertEqual(topLevelKeys, topLevelKeys.sorted())
        XCTAssertEqual(topLevelKeys.count, 9)
    }

    func testEmptyPlanExportsAValidDocument() throws {
        let json = ModelExport.json(RenderFixtures.analysis("", path: "empty.toc").model)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? String, "toc-model")
        XCTAssertEqual((object["nodes"] as? [Any])?.count, 0)
        XCTAssertNil(object["theory"])
    }
}
