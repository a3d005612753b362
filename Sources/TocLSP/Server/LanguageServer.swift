import Foundation
import TocDiagnostics
import TocKit

/// The language server: keeps the open plans as the editor has them, checks them after edits (debounced), and
/// answers the editor's requests.
///
/// It runs on one thread and does one thing at a time; ``ServerLoop`` feeds it messages and wakes it when a
/// debounced check is due. Everything it sends goes through `send`, so tests can drive it without pipes.
public final class LanguageServer {
    /// How long after the last edit a plan is checked and its diagnostics published (a burst of keystrokes is
    /// checked once). A client can change it with the `debounceMilliseconds` initialisation option.
    public private(set) var debounce: TimeInterval

    private let version: String
    private let send: (Data) -> Void
    private var documents: [String: Document] = [:]
    /// Documents edited since their diagnostics were last published, and when they are due.
    private var due: [String: Date] = [:]
    private var encoding = PositionEncoding.utf16
    private var state = State.waitingForInitialize

    private enum State {
        case waitingForInitialize
        case running
        case shutDown
    }

    /// Set once the client has sent `exit`: 0 after a `shutdown` request, 1 without one (as the protocol says).
    public private(set) var exitCode: Int32?

    /// - Parameters:
    ///   - version: toc's version, told to the client.
    ///   - send: writes one message (unframed JSON) to the client.
    public init(version: String, debounce: TimeInterval = 0.2, send: @escaping (Data) -> Void) {
        self.version = version
        self.debounce = debounce
        self.send = send
    }

    /// When the next debounced check is due, if one is waiting.
    public var nextDeadline: Date? { due.values.min() }

    /// What the server does when the client goes away without `exit`: as `exit` would.
    public func connectionClosed() {
        if exitCode == nil { exitCode = state == .shutDown ? 0 : 1 }
    }

    // MARK: - Messages

    /// Handles one framed message from the client.
    public func handle(_ frame: MessageFraming.Frame) {
        switch frame {
        case .malformed(let problem):
            respond(to: nil, error: ResponseError(code: ResponseError.parseError, message: "could not read \(problem)"))
        case .message(let data):
            handle(data)
        }
    }

    private func handle(_ data: Data) {
        let envelope: IncomingEnvelope
        do {
            envelope = try JSONDecoder().decode(IncomingEnvelope.self, from: data)
        } catch {
            respond(to: nil, error: ResponseError(code: ResponseError.parseError, message: "the message is not valid JSON-RPC"))
            return
        }
        guard let method = envelope.method else { return } // A response to something the server never asks.
        let request = Request(id: envelope.id, method: method, data: data)
        if let id = envelope.id {
            do {
                try handleRequest(request, id: id)
            } catch let error as ResponseError {
                respond(to: id, error: error)
            } catch {
                respond(to: id, error: ResponseError(code: ResponseError.invalidParams, message: "invalid params for \(method): \(error)"))
            }
        } else {
            // Notifications get no answer, even when they are wrong.
            try? handleNotification(request)
        }
    }

    /// An incoming message whose params are decoded when the handler knows their type.
    struct Request {
        let id: RequestID?
        let method: String
        let data: Data

        func params<Params: Decodable>(_ type: Params.Type) throws -> Params {
            try JSONDecoder().decode(IncomingParams<Params>.self, from: data).params
        }
    }

    private func handleRequest(_ request: Request, id: RequestID) throws {
        switch (state, request.method) {
        case (.waitingForInitialize, "initialize"):
            let params = try request.params(InitializeParams.self)
            encoding = PositionEncoding.negotiate(params.capabilities?.general?.positionEncodings)
            if let milliseconds = params.initializationOptions?.debounceMilliseconds { debounce = Double(max(0, milliseconds)) / 1000 }
            state = .running
            respond(to: id, result: InitializeResult(
                capabilities: ServerCapabilities(positionEncoding: encoding.rawValue),
                serverInfo: .init(name: "toc", version: version)
            ))
        case (.waitingForInitialize, _):
            throw ResponseError(code: ResponseError.serverNotInitialized, message: "the server has not been initialised")
        case (.shutDown, _):
            throw ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down")
        case (.running, "initialize"):
            throw ResponseError(code: ResponseError.invalidRequest, message: "the server is already initialised")
        case (.running, "shutdown"):
            state = .shutDown
            respond(to: id, result: Optional<Int>.none)
        case (.running, _):
            try dispatch(request, id: id)
        }
    }

    private func handleNotification(_ request: Request) throws {
        switch request.method {
        case "exit":
            exitCode = state == .shutDown ? 0 : 1
        case _ where state != .running:
            return
        case "textDocument/didOpen":
            let item = try request.params(DidOpenTextDocumentParams.self).textDocument
            documents[item.uri] = Document(uri: item.uri, version: item.version, text: item.text)
            publishDiagnostics(item.uri)
        case "textDocument/didChange":
            let params = try request.params(DidChangeTextDocumentParams.self)
            let uri = params.textDocument.uri
            guard documents[uri] != nil else { return }
            documents[uri]!.apply(params.contentChanges, version: params.textDocument.version, encoding: encoding)
            due[uri] = Date().addingTimeInterval(debounce)
        case "textDocument/didSave":
            let uri = try request.params(DocumentParams.self).textDocument.uri
            guard let document = documents[uri] else { return }
            // A save may come with a changed `toc.config` or framework file beside the plan: check afresh, now.
            documents[uri] = Document(uri: uri, version: document.version, text: document.file.text)
            publishDiagnostics(uri)
        case "textDocument/didClose":
            let uri = try request.params(DocumentParams.self).textDocument.uri
            documents[uri] = nil
            due[uri] = nil
            send(DiagnosticsJSON.notification(PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
        default:
            return // `initialized`, `$/cancelRequest`, `$/setTrace` and anything else: nothing to do.
        }
    }

    // MARK: - Diagnostics

    /// Checks and publishes every document whose debounce has run out by `now`.
    public func publishDue(now: Date = Date()) {
        for (uri, deadline) in due where deadline <= now {
            publishDiagnostics(uri)
        }
    }

    private func publishDiagnostics(_ uri: String) {
        due[uri] = nil
        guard var document = documents[uri] else { return }
        let analysis = document.analysis()
        documents[uri] = document
        let diagnostics = analysis.diagnostics.map {
            DiagnosticConversion.convert($0, in: analysis.file, uri: uri, encoding: encoding)
        }
        send(DiagnosticsJSON.notification(PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: diagnostics)))
    }

    // MARK: - Requests

    private func dispatch(_ request: Request, id: RequestID) throws {
        switch request.method {
        case "textDocument/hover": try hover(request, id)
        case "textDocument/definition": try definition(request, id)
        case "textDocument/references": try references(request, id)
        case "textDocument/documentHighlight": try highlight(request, id)
        case "textDocument/documentSymbol": try symbols(request, id)
        case "textDocument/completion": try completion(request, id)
        case "textDocument/formatting": try formatting(request, id)
        case "textDocument/codeAction": try codeActions(request, id)
        case "textDocument/prepareRename": try prepareRename(request, id)
        case "textDocument/rename": try rename(request, id)
        default: throw ResponseError(code: ResponseError.methodNotFound, message: "toc does not handle \(request.method)")
        }
    }

    /// The open document a request names, checked as it is now.
    private func openDocument(_ uri: String) throws -> (document: Document, analysis: Analysis) {
        guard var document = documents[uri] else {
            throw ResponseError(code: ResponseError.invalidParams, message: "\(uri) is not open")
        }
        let analysis = document.analysis()
        documents[uri] = document
        return (document, analysis)
    }

    private func located(_ request: Request) throws -> (uri: String, offset: Int, analysis: Analysis, index: PlanIndex) {
        let params = try request.params(TextDocumentPositionParams.self)
        let uri = params.textDocument.uri
        let (document, analysis) = try openDocument(uri)
        let index = documents[uri]!.index()
        let offset = encoding.offset(of: params.position, in: document.file)
        return (uri, offset, analysis, index)
    }

    private func hover(_ request: Request, _ id: RequestID) throws {
        let (_, offset, analysis, index) = try located(request)
        let hover = HoverProvider.hover(at: offset, analysis: analysis, index: index).map {
            Hover(contents: MarkupContent(value: $0.markdown), range: encoding.range(of: $0.range, in: analysis.file))
        }
        respond(to: id, result: hover)
    }

    private func definition(_ request: Request, _ id: RequestID) throws {
        let (uri, offset, analysis, index) = try located(request)
        let location = Navigation.definition(at: offset, index: index).map {
            Location(uri: uri, range: encoding.range(of: $0, in: analysis.file))
        }
        respond(to: id, result: location)
    }

    private func references(_ request: Request, _ id: RequestID) throws {
        let params = try request.params(ReferenceParams.self)
        let (uri, offset, analysis, index) = try located(request)
        let found = Navigation.references(at: offset, index: index, includeDeclaration: params.context?.includeDeclaration ?? true)
        respond(to: id, result: found.map { Location(uri: uri, range: encoding.range(of: $0.token.range, in: analysis.file)) })
    }

    private func highlight(_ request: Request, _ id: RequestID) throws {
        let (_, offset, analysis, index) = try located(request)
        let found = Navigation.references(at: offset, index: index, includeDeclaration: true)
        respond(to: id, result: found.map { occurrence in
            let isDefinition = if case .definition = occurrence.role { true } else { false }
            return DocumentHighlight(range: encoding.range(of: occurrence.token.range, in: analysis.file), kind: isDefinition ? 3 : 2)
        })
    }

    private func symbols(_ request: Request, _ id: RequestID) throws {
        let (_, analysis) = try openDocument(try request.params(DocumentParams.self).textDocument.uri)
        respond(to: id, result: DocumentSymbols.symbols(in: analysis.syntax, encoding: encoding))
    }

    private func completion(_ request: Request, _ id: RequestID) throws {
        let (_, offset, analysis, _) = try located(request)
        let items = CompletionProvider.completions(at: offset, in: analysis.file, analysis: analysis)
        respond(to: id, result: CompletionList(isIncomplete: false, items: items))
    }

    private func formatting(_ request: Request, _ id: RequestID) throws {
        let (document, _) = try openDocument(try request.params(DocumentParams.self).textDocument.uri)
        let result = Formatting.format(document.file)
        guard let formatted = result.formatted else {
            let count = result.errors.count
            throw ResponseError(
                code: ResponseError.requestFailed,
                message: "toc fmt leaves a plan with syntax errors as it is: fix the \(count == 1 ? "error" : "\(count) errors") first"
            )
        }
        let file = document.file
        let edits = formatted == file.text ? [] : [
            TextEdit(range: encoding.range(of: SourceRange(start: 0, end: file.utf8.count), in: file), newText: formatted),
        ]
        respond(to: id, result: edits)
    }

    private func codeActions(_ request: Request, _ id: RequestID) throws {
        let params = try request.params(CodeActionParams.self)
        let (document, analysis) = try openDocument(params.textDocument.uri)
        let range = encoding.sourceRange(of: params.range, in: document.file)
        respond(to: id, result: QuickFixes.actions(
            for: range, diagnostics: analysis.diagnostics, file: analysis.file, uri: document.uri, encoding: encoding
        ))
    }

    private func prepareRename(_ request: Request, _ id: RequestID) throws {
        let (_, offset, analysis, index) = try located(request)
        guard let occurrence = index.occurrence(at: offset), occurrence.isID else {
            throw ResponseError(code: ResponseError.requestFailed, message: Navigation.RenameRefusal.notAnID.message)
        }
        respond(to: id, result: PrepareRenameResult(
            range: encoding.range(of: occurrence.token.range, in: analysis.file), placeholder: occurrence.token.text
        ))
    }

    private func rename(_ request: Request, _ id: RequestID) throws {
        let params = try request.params(RenameParams.self)
        let (uri, offset, analysis, index) = try located(request)
        switch Navigation.rename(at: offset, to: params.newName, index: index) {
        case .failure(let refusal):
            throw ResponseError(code: ResponseError.requestFailed, message: refusal.message)
        case .success(let fixIts):
            let edits = fixIts.map { TextEdit(range: encoding.range(of: $0.range, in: analysis.file), newText: $0.replacement) }
            respond(to: id, result: WorkspaceEdit(changes: [uri: edits]))
        }
    }

    // MARK: - Sending

    private func respond<Result: Encodable>(to id: RequestID?, result: Result) {
        write(OutgoingResponse(id: id, result: result, error: nil))
    }

    private func respond(to id: RequestID?, error: ResponseError) {
        write(OutgoingResponse<Int>(id: id, result: nil, error: error))
    }

    private func notify<Params: Encodable>(_ method: String, _ params: Params) {
        write(OutgoingMessage(id: nil, method: method, params: params))
    }

    private func write<Message: Encodable>(_ message: Message) {
        // Every message is made of plain strings, numbers and arrays, which always encode.
        guard let data = try? ProtocolCoding.encoder().encode(message) else { return }
        send(data)
    }
}
