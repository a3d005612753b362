import Foundation
import XCTest

/// Hover, go to definition, find references, highlight and rename.
final class NavigationSessionTests: XCTestCase {
    private var client: LSPTestClient!

    override func setUpWithError() throws {
        client = LSPTestClient.inProcess()
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        _ = try client.notification("textDocument/publishDiagnostics")
    }

    override func tearDownWithError() throws {
        XCTAssertEqual(try client.shutDown(), 0)
    }

    private func hover(_ needle: String, occurrence: Int = 1, offset: Int = 0) throws -> String? {
        json(try client.request("textDocument/hover", SessionFixture.at(needle, occurrence: occurrence, offset: offset)), "result", "contents", "value") as? String
    }

    func testHoverOnAnIdDescribesTheElementAndItsLinks() throws {
        let text = try XCTUnwrap(try hover("-> meetings-held", offset: 4))
        XCTAssertTrue(text.hasPrefix("**output** `meetings-held`: Family Network Meetings held"), text)
        XCTAssertTrue(text.contains("Comes from: `meetings`"), text)
        XCTAssertTrue(text.contains("Leads to: `safe-at-home`"), text)
        let outcome = try XCTUnwrap(try hover("outcome safe-at-home", offset: 8))
        XCTAssertTrue(outcome.contains("horizon intermediate · for children"), outcome)
        XCTAssertTrue(outcome.contains("Indicators: `cpp-rate`"), outcome)
    }

    func testHoverOnAFrameworkIdGivesItsDefinition() throws {
        let feature = try XCTUnwrap(try hover("strengths-based"))
        XCTAssertTrue(feature.contains("practice feature `strengths-based`"), feature)
        let outcome = try XCTUnwrap(try hover("reducing-risk"))
        XCTAssertTrue(outcome.contains("framework outcome `reducing-risk`"), outcome)
        XCTAssertTrue(outcome.contains("Suggested indicators:"), outcome)
    }

    func testHoverOnKeywordsAndDetailsExplainsThem() throws {
        let keyword = try XCTUnwrap(try hover("activity meetings"))
        XCTAssertTrue(keyword.hasPrefix("**activity**: What the project does"), keyword)
        XCTAssertTrue(keyword.contains("`phase`, `from`, `uses`"), keyword)
        let detail = try XCTUnwrap(try hover("horizon intermediate"))
        XCTAssertTrue(detail.contains("Accepts: `immediate`, `intermediate`, `long-term`"), detail)
    }

    func testHoverOnAFindingExplainsTheRuleWithItsEvidence() throws {
        // `skipped-stage` is reported on `meetings-held -> safe-at-home`.
        let text = try XCTUnwrap(try hover("-> safe-at-home", offset: 5))
        XCTAssertTrue(text.contains("**warning** [skipped-stage]"), text)
        XCTAssertTrue(text.contains("**Rule `skipped-stage`**"), text)
        XCTAssertTrue(text.contains("`# toc-ignore: skipped-stage <why>`"), text)
        // A syntax problem is explained without a rule.
        let typo = try XCTUnwrap(try hover("implemntation"))
        XCTAssertTrue(typo.contains("[unknown-value]: unknown phase `implemntation`"), typo)
        XCTAssertTrue(typo.contains("Hint: did you mean `implementation`?"), typo)
    }

    func testHoverOnNothingIsNull() throws {
        let response = try client.request("textDocument/hover", ["textDocument": ["uri": SessionFixture.uri], "position": ["line": 4, "character": 0]])
        XCTAssertTrue(response["result"] is NSNull)
    }

    func testDefinitionOfALinkEndIsItsDeclaration() throws {
        let response = try client.request("textDocument/definition", SessionFixture.at("-> meetings-held", offset: 6))
        XCTAssertEqual(json(response, "result", "uri") as? String, SessionFixture.uri)
        XCTAssertEqual(json(response, "result", "range", "start") as? [String: Int], ["line": 13, "character": 7])
        XCTAssertEqual(json(response, "result", "range", "end") as? [String: Int], ["line": 13, "character": 20])
        let fromUses = try client.request("textDocument/definition", SessionFixture.at("uses grant", offset: 7))
        XCTAssertEqual(json(fromUses, "result", "range", "start") as? [String: Int], ["line": 5, "character": 6])
        let keyword = try client.request("textDocument/definition", SessionFixture.at("phase"))
        XCTAssertTrue(keyword["result"] is NSNull)
    }

    func testReferencesListEveryUseWithOrWithoutTheDeclaration() throws {
        var params = SessionFixture.at("activity meetings", offset: 10)
        params["context"] = ["includeDeclaration": true]
        let all = try XCTUnwrap(json(try client.request("textDocument/references", params), "result") as? [[String: Any]])
        XCTAssertEqual(all.compactMap { json($0, "range", "start", "line") as? Int }, [7, 23])
        params["context"] = ["includeDeclaration": false]
        let uses = try XCTUnwrap(json(try client.request("textDocument/references", params), "result") as? [[String: Any]])
        XCTAssertEqual(uses.compactMap { json($0, "range", "start", "line") as? Int }, [23])
    }

    func testHighlightMarksTheDeclarationAsWrittenAndUsesAsRead() throws {
        let result = try XCTUnwrap(json(try client.request("textDocument/documentHighlight", SessionFixture.at("uses grant", offset: 5)), "result") as? [[String: Any]])
        XCTAssertEqual(result.compactMap { $0["kind"] as? Int }, [3, 2])
    }

    func testRenameChangesEveryOccurrenceAndRefusesBadNames() throws {
        let prepared = try client.request("textDocument/prepareRename", SessionFixture.at("-> safe-at-home", offset: 3))
        XCTAssertEqual(json(prepared, "result", "placeholder") as? String, "safe-at-home")

        var params = SessionFixture.at("-> safe-at-home", offset: 3)
        params["newName"] = "children-safe-at-home"
        let response = try client.request("textDocument/rename", params)
        let edits = try XCTUnwrap(json(response, "result", "changes", SessionFixture.uri) as? [[String: Any]])
        XCTAssertEqual(edits.compactMap { json($0, "range", "start", "line") as? Int }, [16, 23])
        XCTAssertEqual(Set(edits.compactMap { $0["newText"] as? String }), ["children-safe-at-home"])

        for bad in ["two words", "9lives", "activity", "grant"] {
            params["newName"] = bad
            let refused = try client.request("textDocument/rename", params)
            XCTAssertEqual(json(refused, "error", "code") as? Int, -32803, bad)
        }
        let notAnID = try client.request("textDocument/prepareRename", SessionFixture.at("phase"))
        XCTAssertNotNil(json(notAnID, "error", "message"))
    }
}
