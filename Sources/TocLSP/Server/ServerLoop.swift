import Foundation

/// Runs a ``LanguageServer`` over a ``MessageChannel`` until the client sends `exit` or goes away.
public enum ServerLoop {
    /// - Returns: the exit status the protocol asks for: 0 after `shutdown` then `exit`, 1 otherwise.
    public static func run(input: Int32, output: Int32, version: String, debounce: TimeInterval = 0.2) -> Int32 {
        let channel = MessageChannel(input: input, output: output)
        let server = LanguageServer(version: version, debounce: debounce) { channel.send($0) }
        while server.exitCode == nil {
            // Wait for the next message, but no longer than the next debounced check.
            switch channel.receive(timeout: server.nextDeadline.map { max(0, $0.timeIntervalSinceNow) }) {
            case .frame(let frame): server.handle(frame)
            case .timeout: break
            case .end: server.connectionClosed()
            }
            server.publishDue()
        }
        return server.exitCode ?? 1
    }
}
