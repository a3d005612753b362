import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's connection to its client: framed messages over two file descriptors (stdin and stdout for
/// `toc lsp`, pipes in tests).
///
/// Reading waits with `poll(2)` and a timeout, so the server can run on one thread: it waits for the next message
/// or for the moment a debounced check is due, whichever comes first.
public final class MessageChannel {
    private let input: Int32
    private let output: Int32
    private var framing = MessageFraming()
    private var ended = false

    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// What ``receive(timeout:)`` got.
    public enum Received: Equatable {
        case frame(MessageFraming.Frame)
        /// Nothing arrived in time.
        case timeout
        /// The client closed the connection.
        case end
    }

    /// The next message, waiting at most `timeout` seconds for it (nil: as long as it takes).
    public func receive(timeout: TimeInterval?) -> Received {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            if let frame = framing.next() { return .frame(frame) }
            if ended { return .end }
            let wait = deadline.map { max(0, Int32(($0.timeIntervalSinceNow * 1000).rounded(.up))) } ?? -1
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, wait)
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                continue
            }
            if ready == 0 { return .timeout }
            readAvailable()
        }
    }

    private func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
        if count > 0 {
            framing.append(chunk[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
        }
    }

    /// Sends one message, whole (a short write is continued; a closed connection is ignored, since the client is
    /// gone and the server stops at its next read).
    public func send(_ body: Data) {
        let framed = MessageFraming.frame(body)
        framed.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = write(output, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
