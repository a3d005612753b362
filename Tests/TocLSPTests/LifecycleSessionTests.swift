import Foundation
import XCTest

/// Starting, stopping and misbehaving clients, over pipes.
final class LifecycleSessionTests: XCTestCase {
    func testInitializeAnnouncesWhatTheServerDoes() throws {
        let client = LSPTestClient.inProcess()
        let response = try client.initialize()
        let capabilities = try XCTUnwrap(json(response, "result", "capabilities") as? [String: Any])
        for provider in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider"] {
            XCTAssertEqual(capabilities[provider] as? Bool, true, provider)
        }
        XCTAssertNotNil(capabilities["completionProvider"])
        XCTAssertEqual(json(capabilities, "codeActionProvider", "codeActionKinds") as? [String], ["quickfix"])
        XCTAssertEqual(json(capabilities, "textDocumentSync", "change") as? Int, 2, "incremental changes")
        XCTAssertEqual(capabilities["positionEncoding"] as? String, "utf-16", "the protocol's default when the client offers nothing")
        XCTAssertEqual(json(response, "result", "serverInfo", "name") as? String, "toc")
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testUTF8PositionsAreUsedWhenTheClientOffersThem() throws {
        let client = LSPTestClient.inProcess()
        let response = try client.initialize(capabilities: ["general": ["positionEncodings": ["utf-16", "utf-8"]]])
        XCTAssertEqual(json(response, "result", "capabilities", "positionEncoding") as? String, "utf-8")
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testRequestsBeforeInitializeAreRefused() throws {
        let client = LSPTestClient.inProcess()
        let response = try client.request("textDocument/hover", SessionFixture.at("grant"))
        XCTAssertEqual(json(response, "error", "code") as? Int, -32002)
        try client.initialize()
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testUnknownMethodsInvalidParamsAndBadJSONGetErrorsAndTheServerCarriesOn() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        XCTAssertEqual(json(try client.request("workspace/executeCommand", ["command": "x"]), "error", "code") as? Int, -32601)
        XCTAssertEqual(json(try client.request("textDocument/hover", ["nonsense": true]), "error", "code") as? Int, -32602)
        XCTAssertEqual(json(try client.request("textDocument/hover", SessionFixture.at("grant")), "error", "code") as? Int, -32602,
                       "a document that was never opened")

        client.sendRaw(Data("Content-Length: 9\r\n\r\n{not json".utf8))
        let parseError = try XCTUnwrap(client.receive())
        XCTAssertEqual(json(parseError, "error", "code") as? Int, -32700)
        XCTAssertTrue(parseError["id"] is NSNull, "a response to a message whose id could not be read has a null id")

        client.sendRaw(Data("Content-Type: nothing\r\n\r\n".utf8))
        XCTAssertEqual(json(try XCTUnwrap(client.receive()), "error", "code") as? Int, -32700)

        // Still answering.
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        XCTAssertNotNil(json(try client.request("textDocument/hover", SessionFixture.at("grant")), "result", "contents"))
        XCTAssertEqual(try client.shutDown(), 0)
    }

    func testRequestsAfterShutdownAreRefused() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        XCTAssertTrue(try client.request("shutdown")["result"] is NSNull, "shutdown's result is null, and present")
        XCTAssertEqual(json(try client.request("textDocument/hover", SessionFixture.at("grant")), "error", "code") as? Int, -32600)
        client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testExitWithoutShutdownEndsWithStatusOne() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testAClosedConnectionEndsTheServer() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        client.closeConnection()
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testMessagesSplitAcrossWritesAndJoinedInOneAreAllRead() throws {
        let client = LSPTestClient.inProcess()
        try client.initialize()
        // Two requests in one write, the second cut in three pieces.
        let first = LSPTestClient.frame(["jsonrpc": "2.0", "id": 100, "method": "textDocument/documentSymbol", "params": ["textDocument": ["uri": "file:///none.toc"]]])
        let second = LSPTestClient.frame(["jsonrpc": "2.0", "id": 101, "method": "shutdown"])
        client.sendRaw(first + second.prefix(10))
        usleep(20_000)
        client.sendRaw(second.dropFirst(10).prefix(15))
        usleep(20_000)
        client.sendRaw(second.dropFirst(25))
        XCTAssertNotNil(json(try client.response(to: 100), "error"))
        XCTAssertTrue(try client.response(to: 101)["result"] is NSNull)
        client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    /// The real binary, started as an editor starts it: `toc lsp` on stdin and stdout.
    func testTheBuiltToolServesASession() throws {
        let client = try LSPTestClient.builtTool()
        try client.initialize(options: ["debounceMilliseconds": 10])
        client.notify("textDocument/didOpen", SessionFixture.didOpen())
        let published = try client.notification("textDocument/publishDiagnostics")
        let codes = (json(published, "params", "diagnostics") as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        XCTAssertTrue(codes.contains("unknown-value"), "\(codes)")
        let hover = try client.request("textDocument/hover", SessionFixture.at("uses grant", offset: 5))
        XCTAssertTrue((json(hover, "result", "contents", "value") as? String ?? "").contains("Innovation fund grant"))
        XCTAssertEqual(try client.shutDown(), 0)
    }
}
