import Foundation
import TocLSP
import TocTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A scripted editor: speaks the protocol to a server over real pipes, as VS Code or Neovim would.
///
/// It frames and unframes messages itself (not with the server's `MessageFraming`), so a framing bug in the server
/// cannot hide behind the same bug in the client.
final class LSPTestClient {
    private let toServer: Int32
    private let fromServer: Int32
    private var buffer = Data()
    private var nextID = 1
    /// Notifications received while waiting for a response, oldest first.
    private(set) var notifications: [[String: Any]] = []
    private var thread: Thread?
    private var process: Process?
    private let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) private var serverStatus: Int32?

    /// A server run in this process, on its own thread, over a pair of pipes.
    static func inProcess(debounce: TimeInterval = 0.05) -> LSPTestClient {
        let requests = Pipe()
        let responses = Pipe()
        let client = LSPTestClient(toServer: requests.fileHandleForWriting.fileDescriptor, fromServer: responses.fileHandleForReading.fileDescriptor)
        let input = requests.fileHandleForReading.fileDescriptor
        let output = responses.fileHandleForWriting.fileDescriptor
        nonisolated(unsafe) let unsafeClient = client
        let thread = Thread {
            let status = ServerLoop.run(input: input, output: output, version: "test", debounce: debounce)
            unsafeClient.serverStatus = status
            unsafeClient.finished.signal()
            // Keep the pipes open until the server is done with them.
            withExtendedLifetime((requests, responses)) {}
        }
        client.thread = thread
        thread.start()
        return client
    }

    /// The built `toc lsp` binary, started as an editor starts it.
    static func builtTool(arguments: [String] = ["lsp"]) throws -> LSPTestClient {
        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = arguments
        let requests = Pipe()
        let responses = Pipe()
        process.standardInput = requests
        process.standardOutput = responses
        process.standardError = FileHandle.nullDevice
        try process.run()
        let client = LSPTestClient(toServer: requests.fileHandleForWriting.fileDescriptor, fromServer: responses.fileHandleForReading.fileDescriptor)
        client.process = process
        client.keepAlive = [requests, responses]
        return client
    }

    private var keepAlive: [Pipe] = []

    private init(toServer: Int32, fromServer: Int32) {
        self.toServer = toServer
        self.fromServer = fromServer
    }

    // MARK: - Sending

    func sendRaw(_ bytes: Data) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(toServer, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    static func frame(_ message: [String: Any]) -> Data {
        let body = try! JSONSerialization.data(withJSONObject: message)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) {
        sendRaw(Self.frame(["jsonrpc": "2.0", "method": method, "params": params]))
    }

    /// Sends a request and waits for its response (notifications that arrive first are kept in ``notifications``).
    @discardableResult
    func request(_ method: String, _ params: [String: Any]? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        sendRaw(Self.frame(message))
        return try response(to: id, file: file, line: line)
    }

    func response(to id: Int, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        while true {
            let message = try XCTUnwrap(receive(), "no response to request \(id)", file: file, line: line)
            if message["method"] == nil, (message["id"] as? Int) == id { return message }
            if message["method"] != nil { notifications.append(message) }
        }
    }

    /// The next notification with this method (already received, or waited for).
    func notification(_ method: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        if let index = notifications.firstIndex(where: { $0["method"] as? String == method }) {
            return notifications.remove(at: index)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try XCTUnwrap(receive(timeout: max(0, deadline.timeIntervalSinceNow)), "no \(method) notification", file: file, line: line)
            if message["method"] as? String == method { return message }
            notifications.append(message)
        }
    }

    /// Standard LSP session start: `initialize` then `initialized`.
    @discardableResult
    func initialize(capabilities: [String: Any] = [:], options: [String: Any]? = nil) throws -> [String: Any] {
        var params: [String: Any] = ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]
        if let options { params["initializationOptions"] = options }
        let response = try request("initialize", params)
        notify("initialized")
        return response
    }

    /// `shutdown` then `exit`, and the server's exit status.
    func shutDown() throws -> Int32? {
        try request("shutdown")
        notify("exit")
        return waitForExit()
    }

    /// Waits for the server to stop, and its exit status (nil if it did not stop within the timeout).
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        if let process {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            return process.isRunning ? nil : process.terminationStatus
        }
        return finished.wait(timeout: .now() + timeout) == .success ? serverStatus : nil
    }

    /// Closes the connection, as an editor that crashed would.
    func closeConnection() {
        close(toServer)
    }

    // MARK: - Receiving

    /// The next message from the server, or nil if none comes within the timeout.
    func receive(timeout: TimeInterval = 10) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let message = takeMessage() { return message }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var descriptor = pollfd(fd: fromServer, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(fromServer, &chunk, chunk.count)
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    private func takeMessage() -> [String: Any]? {
        guard let separator = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<separator.lowerBound], as: UTF8.self)
        guard let lengthText = header.split(separator: ":").last, let length = Int(lengthText.trimmingCharacters(in: .whitespaces)) else {
            XCTFail("bad header from the server: \(header)")
            return nil
        }
        guard buffer.count - (separator.upperBound - buffer.startIndex) >= length else { return nil }
        let body = buffer[separator.upperBound..<separator.upperBound + length]
        buffer = Data(buffer[(separator.upperBound + length)...])
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}

/// Reads inside decoded JSON: `json(message, "result", "contents", "value")`, with array indices as Ints.
func json(_ object: Any?, _ path: Any...) -> Any? {
    var current = object
    for step in path {
        if let key = step as? String {
            current = (current as? [String: Any])?[key]
        } else if let index = step as? Int, let array = current as? [Any], array.indices.contains(index) {
            current = array[index]
        } else {
            return nil
        }
    }
    return current
}
