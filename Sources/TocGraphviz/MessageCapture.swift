import CGraphviz
import Foundation

/// Collects Graphviz's error and warning messages instead of letting them reach stderr.
///
/// cgraph reports every problem through `agerr`, which calls the handler installed with
/// `agseterrf`. A C function pointer cannot capture context, so the handler appends to
/// one global, lock-protected ``MessageCapture/Buffer``. Callers must hold
/// ``GraphvizLock`` for the whole of ``capturing(_:)``, which makes the buffer
/// belong to exactly one render at a time.
enum MessageCapture {
    /// Installs the capturing handler, runs `body`, then restores the previous handler
    /// and reporting level and clears the buffer and cgraph's error counter, so no
    /// state outlives the call. The caller must hold ``GraphvizLock``.
    static func capturing<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        buffer.reset()
        agreseterrors()
        // cgraph (2.42) calls the handler in fragments: "Error" or "Warning", then ": ",
        // then the formatted text; continuation messages (AGPREV) come without the prefix.
        let previousHandler = agseterrf { fragment in
            if let fragment {
                MessageCapture.buffer.receive(String(cString: fragment))
            }
            return 0
        }
        // Report warnings as well as errors (AGWARN is the lowest level).
        let previousLevel = agseterr(AGWARN)
        defer {
            agseterr(previousLevel)
            agseterrf(previousHandler)
            agreseterrors()
            buffer.reset()
        }
        return try body()
    }

    /// The messages captured so far in the current ``capturing(_:)`` call.
    static var messages: [GraphvizMessage] { buffer.messages }

    /// Whether Graphviz has reported an error in the current ``capturing(_:)`` call,
    /// either through the handler or only through cgraph's error counter (`agerrors()`).
    static var hasErrors: Bool {
        agerrors() > 0 || messages.contains { $0.level == .error }
    }

    static let buffer = Buffer()

    /// Reassembles cgraph's message fragments into ``GraphvizMessage`` values.
    final class Buffer: @unchecked Sendable {  // all state guarded by `lock`
        private let lock = NSLock()
        private var records: [(level: GraphvizMessage.Level, text: String)] = []
        private var pendingLevel: GraphvizMessage.Level?

        /// Forgets everything captured so far.
        func reset() {
            lock.lock()
            defer { lock.unlock() }
            records = []
            pendingLevel = nil
        }

        /// Takes one fragment as cgraph passed it to the handler.
        func receive(_ fragment: String) {
            lock.lock()
            defer { lock.unlock() }
            if pendingLevel == nil, let level = Self.level(prefix: fragment) {
                pendingLevel = level
                return
            }
            if let level = pendingLevel {
                pendingLevel = nil
                if fragment == ": " {
                    records.append((level, ""))
                    return
                }
                // Not the prefix pattern after all: keep the word as text.
                append(level == .error ? "Error" : "Warning", defaultLevel: level)
            }
            append(fragment, defaultLevel: .warning)
        }

        /// The messages captured so far, trimmed, with empty ones dropped.
        var messages: [GraphvizMessage] {
            lock.lock()
            defer { lock.unlock() }
            return records.compactMap { record in
                let text = record.text.trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : GraphvizMessage(level: record.level, text: text)
            }
        }

        private func append(_ text: String, defaultLevel: GraphvizMessage.Level) {
            if records.isEmpty {
                records.append((defaultLevel, text))
            } else {
                records[records.count - 1].text += text
            }
        }

        private static func level(prefix: String) -> GraphvizMessage.Level? {
            switch prefix {
            case "Error": .error
            case "Warning": .warning
            default: nil
            }
        }
    }
}
