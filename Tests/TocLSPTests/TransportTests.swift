import Foundation
import TocDiagnostics
@testable import TocLSP
import XCTest

final class MessageFramingTests: XCTestCase {
    private func framed(_ body: String) -> [UInt8] {
        Array(MessageFraming.frame(Data(body.utf8)))
    }

    func testMessagesArriveWholeWhateverTheChunks() {
        let stream = framed("{\"a\":1}") + framed("{\"b\":\"é\"}") + framed("{}")
        for chunkSize in [1, 2, 7, 1000] {
            var framing = MessageFraming()
            var bodies: [String] = []
            var index = 0
            while index < stream.count {
                framing.append(stream[index..<min(index + chunkSize, stream.count)])
                index += chunkSize
                while case .message(let data)? = framing.next() { bodies.append(String(decoding: data, as: UTF8.self)) }
            }
            XCTAssertEqual(bodies, ["{\"a\":1}", "{\"b\":\"é\"}", "{}"], "chunks of \(chunkSize)")
        }
    }

    func testOtherHeaderFieldsAndCaseAreAccepted() {
        var framing = MessageFraming()
        framing.append(Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:  2\r\n\r\n{}".utf8))
        XCTAssertEqual(framing.next(), .message(Data("{}".utf8)))
        XCTAssertNil(framing.next())
    }

    func testABadHeaderIsReportedAndSkipped() {
        var framing = MessageFraming()
        framing.append(Array("Content-Length: lots\r\n\r\n".utf8) + framed("{}"))
        guard case .malformed? = framing.next() else { return XCTFail("expected a malformed frame") }
        XCTAssertEqual(framing.next(), .message(Data("{}".utf8)))
    }

    func testAnOversizedMessageIsRefusedAndItsBodySkipped() {
        var framing = MessageFraming()
        let size = MessageFraming.maximumBodySize + 10
        framing.append(Array("Content-Length: \(size)\r\n\r\n".utf8))
        guard case .malformed(let problem)? = framing.next() else { return XCTFail("expected a refusal") }
        XCTAssertTrue(problem.contains("\(size) bytes"), problem)
        // The body arrives in pieces and is thrown away; the message after it is read.
        framing.append([UInt8](repeating: 0x20, count: size - 4))
        XCTAssertNil(framing.next())
        framing.append([UInt8](repeating: 0x20, count: 4) + framed("{}"))
        XCTAssertEqual(framing.next(), .message(Data("{}".utf8)))
    }
}

final class PositionEncodingTests: XCTestCase {
    // `café-👍` is an id: é is 2 bytes and 1 UTF-16 unit, 👍 is 4 bytes and 2 units.
    private let file = SourceFile(path: "p.toc", text: "input a \"A\"\ncafé-👍 -> next\r\nlast")

    func testPositionsCountUTF16UnitsOrBytes() {
        let next = Array(file.utf8).indices.first { file.utf8[$0...].starts(with: Array("next".utf8)) }!
        XCTAssertEqual(PositionEncoding.utf16.position(of: next, in: file), Position(line: 1, character: 11))
        XCTAssertEqual(PositionEncoding.utf8.position(of: next, in: file), Position(line: 1, character: 14))
        for encoding in [PositionEncoding.utf16, .utf8] {
            XCTAssertEqual(encoding.offset(of: encoding.position(of: next, in: file), in: file), next, "\(encoding)")
        }
    }

    func testPositionsOutsideTheTextAreClamped() {
        let lineTwoEnd = file.lineStarts[1] + Array("café-👍 -> next".utf8).count
        XCTAssertEqual(PositionEncoding.utf16.offset(of: Position(line: 1, character: 500), in: file), lineTwoEnd, "the end of the line, before \\r\\n")
        XCTAssertEqual(PositionEncoding.utf8.offset(of: Position(line: 1, character: 500), in: file), lineTwoEnd)
        XCTAssertEqual(PositionEncoding.utf16.offset(of: Position(line: 99, character: 0), in: file), file.utf8.count)
        XCTAssertEqual(PositionEncoding.utf16.offset(of: Position(line: -1, character: 3), in: file), 0)
    }

    func testAPositionInsideACharacterMovesToItsStart() {
        let emoji = file.lineStarts[1] + Array("café-".utf8).count
        // Between the two UTF-16 units of 👍, and between its bytes.
        XCTAssertEqual(PositionEncoding.utf16.offset(of: Position(line: 1, character: 6), in: file), emoji)
        XCTAssertEqual(PositionEncoding.utf8.offset(of: Position(line: 1, character: 8), in: file), emoji)
    }

    func testNegotiationPrefersUTF8() {
        XCTAssertEqual(PositionEncoding.negotiate(nil), .utf16)
        XCTAssertEqual(PositionEncoding.negotiate(["utf-32", "utf-16"]), .utf16)
        XCTAssertEqual(PositionEncoding.negotiate(["utf-16", "utf-8"]), .utf8)
    }
}

final class DocumentTests: XCTestCase {
    private func change(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int, _ text: String) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent(
            range: LSPRange(start: Position(line: startLine, character: startCharacter), end: Position(line: endLine, character: endCharacter)),
            text: text
        )
    }

    func testRangedChangesApplyInOrder() {
        var document = Document(uri: "file:///tmp/p%20q.toc", version: 1, text: "input a \"A\"\noutput b \"B\"\n")
        XCTAssertEqual(document.path, "/tmp/p q.toc")
        // The second change's position is in the text after the first (the first added a line).
        document.apply([change(1, 0, 1, 0, "activity x \"X\"\n"), change(2, 7, 2, 8, "bee")], version: 5, encoding: .utf16)
        XCTAssertEqual(document.file.text, "input a \"A\"\nactivity x \"X\"\noutput bee \"B\"\n")
        XCTAssertEqual(document.version, 5)
    }

    func testAWholeTextChangeReplacesEverything() {
        var document = Document(uri: "untitled:Untitled-1", version: 1, text: "old")
        XCTAssertEqual(document.path, "untitled:Untitled-1")
        document.apply([TextDocumentContentChangeEvent(range: nil, text: "new\ntext")], version: nil, encoding: .utf8)
        XCTAssertEqual(document.file.text, "new\ntext")
        XCTAssertEqual(document.version, 2)
    }

    func testTheAnalysisIsKeptUntilTheNextEdit() {
        var document = Document(uri: "file:///tmp/p.toc", version: 1, text: "input a \"A\"\n")
        XCTAssertFalse(document.isAnalysed)
        XCTAssertEqual(document.analysis().model.nodes.count, 1)
        XCTAssertTrue(document.isAnalysed)
        document.apply([change(1, 0, 1, 0, "input b \"B\"\n")], version: 2, encoding: .utf16)
        XCTAssertFalse(document.isAnalysed)
        XCTAssertEqual(document.analysis().model.nodes.count, 2)
    }
}

final class DiagnosticsJSONTests: XCTestCase {
    /// The hand-written publishDiagnostics writer says exactly what `JSONEncoder` says of the same notification.
    func testTheDirectWriterAgreesWithJSONEncoder() throws {
        let range = LSPRange(start: Position(line: 3, character: 7), end: Position(line: 4, character: 0))
        let awkward = "quote \" backslash \\ tab \t newline \n return \r bell \u{07} nul \u{00} slash / é 👍 \u{1F}"
        let diagnostics = [
            LSPDiagnostic(range: range, severity: 1, code: "unknown-value", source: "toc", message: awkward, relatedInformation: nil),
            LSPDiagnostic(
                range: range, severity: 2, code: "duplicate-id", source: "toc", message: "second",
                relatedInformation: [.init(location: Location(uri: "file:///a%20b.toc", range: range), message: awkward)]
            ),
        ]
        for (version, list) in [(Int?.some(7), diagnostics), (nil, []), (1, [diagnostics[0]])] {
            let params = PublishDiagnosticsParams(uri: "file:///tmp/a \"b\".toc", version: version, diagnostics: list)
            let direct = try JSONSerialization.jsonObject(with: DiagnosticsJSON.notification(params)) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(
                with: ProtocolCoding.encoder().encode(OutgoingMessage(id: nil, method: "textDocument/publishDiagnostics", params: params))
            ) as? NSDictionary
            XCTAssertNotNil(direct)
            XCTAssertEqual(direct, encoded)
        }
    }
}
