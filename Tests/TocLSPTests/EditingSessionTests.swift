import Foundation
import TocKit
import TocDiagnostics
import XCTest

/// Completion, the outline, formatting and quick fixes.
final class EditingSessionTests: XCTestCase {
    private var client: LSPTestClient!

    override func setUpWithError() throws {
        client = LSPTestClient.inProcess()
        try client.initialize()
    }

    override func tearDownWithError() throws {
        XCTAssertEqual(try client.shutDown(), 0)
    }

    private func open(_ text: String, uri: String = SessionFixture.uri) throws {
        client.notify("textDocument/didOpen", SessionFixture.didOpen(text, uri: uri))
        _ = try client.notification("textDocument/publishDiagnostics")
    }

    /// Completion labels where `|` marks the cursor in `marked`.
    private func labels(at marked: String) throws -> [String] {
        let cursor = try XCTUnwrap(marked.range(of: "|"))
        let text = marked.replacingCharacters(in: cursor, with: "")
        let uri = "file:///tmp/toc-lsp-tests/completion-\(UUID().uuidString).toc"
        try open(text, uri: uri)
        let before = marked[..<cursor.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let character = before.split(separator: "\n", omittingEmptySubsequences: false).last!.utf16.count
        let response = try client.request("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": line, "character": character]])
        let items = try XCTUnwrap(json(response, "result", "items") as? [[String: Any]])
        return items.compactMap { $0["label"] as? String }
    }

    func testCompletionOffersKeywordsAndIdsAtTheMargin() throws {
        let labels = try labels(at: SessionFixture.plan + "|")
        XCTAssertTrue(labels.starts(with: ["theory", "cohort", "input", "activity", "output", "outcome", "assumption", "risk", "audit", "rules"]), "\(labels)")
        XCTAssertTrue(labels.contains("meetings-held"), "ids, to start a link")
        XCTAssertFalse(labels.contains("cpp-rate"), "an indicator cannot be linked")
    }

    func testCompletionOffersTheDetailsOfTheElementAbove() throws {
        let activity = try labels(at: "activity a \"A\"\n  phase design\n  |\n")
        XCTAssertEqual(activity, ["phase", "from", "uses", "features", "involves", "description"])
        let outcome = try labels(at: "outcome o \"O\"\n  horizon immediate\n  |")
        XCTAssertTrue(outcome.contains("contributes-to") && outcome.contains("indicator"), "\(outcome)")
        let indicator = try labels(at: "outcome o \"O\"\n  indicator i \"I\"\n    source \"S\"\n    |")
        XCTAssertTrue(indicator.contains("baseline") && indicator.contains("frequency"), "\(indicator)")
        let link = try labels(at: "input a \"A\"\noutput b \"B\"\na -> b\n  |")
        XCTAssertEqual(link, ["assuming", "because"])
    }

    func testCompletionOffersTheValuesADetailAccepts() throws {
        XCTAssertEqual(try labels(at: "activity a \"A\"\n  phase |"), ["planning", "design", "set-up", "implementation", "embedding"])
        XCTAssertEqual(try labels(at: "outcome o \"O\"\n  horizon im|"), ["immediate", "intermediate", "long-term"])
        let features = try labels(at: "activity a \"A\"\n  features strengths-based, |")
        XCTAssertEqual(features.count, 7)
        XCTAssertTrue(features.contains("group-case-discussion"))
        let outcomes = try labels(at: "outcome o \"O\"\n  contributes-to |")
        XCTAssertEqual(outcomes.count, 7)
        XCTAssertTrue(outcomes.contains("value-for-money"))
        XCTAssertEqual(try labels(at: SessionFixture.plan + "activity b \"B\"\n  uses |"), ["grant"], "only inputs")
        XCTAssertEqual(try labels(at: "rules\n  skipped-stage |"), ["error", "warning", "info", "off"])
        XCTAssertTrue(try labels(at: "rules\n  |").contains("short-lead-in"))
    }

    func testCompletionOnALinkLineOffersWhatCanBeLinked() throws {
        let labels = try labels(at: SessionFixture.plan + "grant -> |")
        XCTAssertEqual(Set(labels), ["grant", "meetings", "meetings-held", "safe-at-home"])
    }

    func testNoCompletionInsideCommentsOrQuotedText() throws {
        XCTAssertEqual(try labels(at: "# a note about |"), [])
        XCTAssertEqual(try labels(at: "activity a \"Half a |"), [])
    }

    func testTheOutlineListsDeclarationsWithIndicatorsNested() throws {
        try open(SessionFixture.plan)
        let response = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": SessionFixture.uri]])
        let symbols = try XCTUnwrap(json(response, "result") as? [[String: Any]])
        XCTAssertEqual(symbols.compactMap { $0["name"] as? String },
                       ["Family Network Meetings pilot", "grant", "meetings", "meetings-held", "safe-at-home"])
        let outcome = symbols[4]
        XCTAssertEqual(outcome["detail"] as? String, "outcome: More children stay safely at home")
        XCTAssertEqual(json(outcome, "children", 0, "name") as? String, "cpp-rate")
        XCTAssertEqual(json(outcome, "selectionRange", "start") as? [String: Int], ["line": 16, "character": 8])
        XCTAssertEqual(json(outcome, "range", "end", "line") as? Int, 21)
    }

    func testFormattingReturnsTheCanonicalLayoutAndRefusesBrokenPlans() throws {
        let messy = "input   grant \"Grant\"\nactivity a \"A\"\n      uses grant\n   phase design\n"
        try open(messy)
        let response = try client.request("textDocument/formatting", ["textDocument": ["uri": SessionFixture.uri], "options": ["tabSize": 2, "insertSpaces": true]])
        let edits = try XCTUnwrap(json(response, "result") as? [[String: Any]])
        XCTAssertEqual(edits.count, 1)
        let expected = try XCTUnwrap(Formatting.format(SourceFile(path: "plan.toc", text: messy)).formatted)
        XCTAssertEqual(edits.first?["newText"] as? String, expected)
        XCTAssertEqual(json(edits, 0, "range", "start") as? [String: Int], ["line": 0, "character": 0])
        XCTAssertEqual(json(edits, 0, "range", "end") as? [String: Int], ["line": 4, "character": 0])

        // Already tidy: nothing to change.
        client.notify("textDocument/didChange", ["textDocument": ["uri": SessionFixture.uri, "version": 2], "contentChanges": [["text": expected]]])
        let tidy = try client.request("textDocument/formatting", ["textDocument": ["uri": SessionFixture.uri], "options": [:]])
        XCTAssertEqual((json(tidy, "result") as? [Any])?.count, 0)

        client.notify("textDocument/didChange", ["textDocument": ["uri": SessionFixture.uri, "version": 3], "contentChanges": [["text": "activity a \"Unfinished\n"]]])
        let refused = try client.request("textDocument/formatting", ["textDocument": ["uri": SessionFixture.uri], "options": [:]])
        XCTAssertEqual(json(refused, "error", "code") as? Int, -32803)
        XCTAssertEqual(json(refused, "error", "message") as? String, "toc fmt leaves a plan with syntax errors as it is: fix the error first")
    }

    func testQuickFixAppliesTheFindingsFixIt() throws {
        try open(SessionFixture.plan)
        let typo = SessionFixture.position(of: "implemntation", offset: 3)
        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": SessionFixture.uri], "range": ["start": typo, "end": typo], "context": ["diagnostics": []],
        ])
        let actions = try XCTUnwrap(json(response, "result") as? [[String: Any]])
        XCTAssertEqual(actions.count, 1, "\(actions)")
        XCTAssertEqual(actions.first?["title"] as? String, "Change `implemntation` to `implementation`")
        XCTAssertEqual(actions.first?["kind"] as? String, "quickfix")
        XCTAssertEqual(actions.first?["isPreferred"] as? Bool, true)
        XCTAssertEqual(json(actions, 0, "diagnostics", 0, "code") as? String, "unknown-value")
        let edit = try XCTUnwrap(json(actions, 0, "edit", "changes", SessionFixture.uri, 0) as? [String: Any])
        XCTAssertEqual(edit["newText"] as? String, "implementation")

        // Applying it, as the editor would, clears the finding.
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": SessionFixture.uri, "version": 2], "contentChanges": [["range": edit["range"]!, "text": "implementation"]],
        ])
        let published = try client.notification("textDocument/publishDiagnostics")
        let codes = (json(published, "params", "diagnostics") as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        XCTAssertFalse(codes.contains("unknown-value"), "\(codes)")

        // Nowhere near a fixable finding: no actions.
        let elsewhere = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": SessionFixture.uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 3]], "context": ["diagnostics": []],
        ])
        XCTAssertEqual((json(elsewhere, "result") as? [Any])?.count, 0)
    }
}
