import Foundation
import XCTest

/// Findings published as the plan is opened and edited.
final class DiagnosticsSessionTests: XCTestCase {
    private func codes(_ notification: [String: Any]) -> [String] {
        (json(notification, "params", "diagnostics") as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    func testOpeningAPlanPublishesItsFindingsWithRangesHintsAndSeverities() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        let published = try client.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(json(published, "params", "uri") as? String, SessionFixture.uri)
        XCTAssertEqual(json(published, "params", "version") as? Int, 1)
        let diagnostics = try XCTUnwrap(json(published, "params", "diagnostics") as? [[String: Any]])
        let phase = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "unknown-value" })
        XCTAssertEqual(phase["severity"] as? Int, 1)
        XCTAssertEqual(phase["source"] as? String, "toc")
        XCTAssertEqual(phase["message"] as? String, "unknown phase `implemntation`\nhint: did you mean `implementation`?")
        XCTAssertEqual(json(phase, "range", "start") as? [String: Int], ["line": 8, "character": 8])
        XCTAssertEqual(json(phase, "range", "end") as? [String: Int], ["line": 8, "character": 21])
        let skipped = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "skipped-stage" })
        XCTAssertEqual(skipped["severity"] as? Int, 2, "a warning")
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testABurstOfEditsIsCheckedOnceAfterTheLastOne() throws {
        let client = LSPTestClient.inProcess(debounce: 0.3)
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        XCTAssertTrue(codes(try client.notification("textDocument/publishDiagnostics")).contains("unknown-value"))

        // Three keystrokes in one write: `implemntation` becomes `implementation` one letter at a time, with a
        // detour through a plan that has two errors.
        let typo = SessionFixture.position(of: "implemntation", offset: 6)
        let edits: [(String, Int)] = [("X", 2), ("", 3), ("e", 4)]
        var burst = Data()
        for (text, version) in edits {
            let end = text.isEmpty ? ["line": typo["line"]!, "character": (typo["character"] as! Int) + 1] : typo
            burst += LSPTestClient.frame([
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": ["textDocument": ["uri": SessionFixture.uri, "version": version],
                           "contentChanges": [["range": ["start": typo, "end": end], "text": text]]],
            ])
        }
        client.sendRaw(burst)
        let published = try client.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(json(published, "params", "version") as? Int, 4, "only the last version is checked")
        XCTAssertFalse(codes(published).contains("unknown-value"), "`implementation` is now spelt right: \(codes(published))")
        // No second publication for the intermediate versions: the next message is the shutdown response.
        XCTAssertTrue(try client.request("shutdown")["result"] is NSNull)
        XCTAssertTrue(client.notifications.isEmpty, "\(client.notifications)")
        client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testARequestBetweenAnEditAndItsCheckSeesTheEditedText() throws {
        let client = LSPTestClient.inProcess(debounce: 5)
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        _ = try client.notification("textDocument/publishDiagnostics")
        // Rename the input in its declaration only; the check is five seconds away, but hover must see the edit.
        let start = SessionFixture.position(of: "input grant", offset: 6)
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": SessionFixture.uri, "version": 2],
            "contentChanges": [["range": ["start": start, "end": ["line": start["line"]!, "character": (start["character"] as! Int) + 5]], "text": "fund"]],
        ])
        let hover = try client.request("textDocument/hover", SessionFixture.at("uses grant", offset: 5))
        let text = try XCTUnwrap(json(hover, "result", "contents", "value") as? String)
        XCTAssertTrue(text.hasPrefix("`grant` is not declared in this plan."), text)
        XCTAssertTrue(text.contains("[undefined-reference]"), "the finding the edit caused is explained too: \(text)")
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testWholeDocumentChangesAndClosingClearFindings() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        _ = try client.notification("textDocument/publishDiagnostics")
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": SessionFixture.uri, "version": 2],
            "contentChanges": [["text": "activity a \"Unfinished"]],
        ])
        let broken = try client.notification("textDocument/publishDiagnostics")
        XCTAssertTrue(codes(broken).contains("unterminated-string"), "\(codes(broken))")
        client.notify("textDocument/didClose", ["textDocument": ["uri": SessionFixture.uri]])
        let cleared = try client.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(codes(cleared), [])
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testSavingChecksAgainWithTheConfigurationBesideThePlan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uri = folder.appendingPathComponent("plan.toc").absoluteString
        let client = LSPTestClient.inProcess()
        try client.initialize()
        client.notify("textDocument/didOpen", SessionFixture.didOpen(uri: uri))
        XCTAssertTrue(codes(try client.notification("textDocument/publishDiagnostics")).contains("skipped-stage"))

        // A reviewer turns the rule off in toc.config; saving the plan picks it up.
        try "rules\n  skipped-stage off\n".write(to: folder.appendingPathComponent("toc.config"), atomically: true, encoding: .utf8)
        client.notify("textDocument/didSave", ["textDocument": ["uri": uri]])
        XCTAssertFalse(codes(try client.notification("textDocument/publishDiagnostics")).contains("skipped-stage"))
        XCTAssertEqual(try client.shutDown(), 0)
    }
}
