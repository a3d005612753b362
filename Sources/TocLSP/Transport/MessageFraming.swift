import Foundation

/// Splits a byte stream into the protocol's messages: each is a header (`Content-Length: N`, other fields ignored,
/// lines ended by CRLF, a blank line ending the header) followed by N bytes of JSON.
///
/// Bytes arrive in any chunks: half a header, three messages at once. ``append(_:)`` takes them as they come and
/// ``next()`` hands back whole messages.
public struct MessageFraming: Sendable {
    /// Bodies larger than this are refused (and skipped): a plan is at most `Limits.fileSize` (4 MiB), and its JSON
    /// encoding can be up to six times longer when every character needs an escape.
    public static let maximumBodySize = 32 * 1_048_576

    private var buffer: [UInt8] = []
    /// Where unread bytes start in ``buffer`` (consumed bytes are dropped in batches, not one message at a time).
    private var start = 0

    public init() {}

    /// What ``next()`` found.
    public enum Frame: Equatable, Sendable {
        case message(Data)
        /// A header that could not be read (it is skipped, with what was wrong).
        case malformed(String)
    }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        guard let headerEnd = findHeaderEnd() else {
            // A header can't be this long: the stream is not speaking the protocol; drop what is there.
            if buffer.count - start > 65_536 {
                start = buffer.count
                return .malformed("a message header longer than 64 KiB")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        guard let length = Self.contentLength(in: header) else {
            start = bodyStart
            return .malformed("a message header without a valid Content-Length")
        }
        guard length <= Self.maximumBodySize else {
            start = bodyStart
            skipping = length
            return .malformed("a message of \(length) bytes, more than the \(Self.maximumBodySize) accepted")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Data(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .message(body)
    }

    /// Bytes of a refused message still to be thrown away as they arrive.
    private var skipping = 0

    private mutating func discardSkipped() {
        let available = min(skipping, buffer.count - start)
        guard available > 0 else { return }
        start += available
        skipping -= available
    }

    private mutating func findHeaderEnd() -> Int? {
        if skipping > 0 { discardSkipped() }
        guard skipping == 0 else { return nil }
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    private static func contentLength(in header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { continue }
            guard let length = Int(parts[1].trimmingCharacters(in: .whitespaces)), length >= 0 else { return nil }
            return length
        }
        return nil
    }

    /// A message framed for sending.
    public static func frame(_ body: Data) -> Data {
        var framed = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.append(body)
        return framed
    }
}
