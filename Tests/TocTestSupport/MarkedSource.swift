import TocDiagnostics

/// Source text with inline position markers (`1️⃣`, `2️⃣`…), so diagnostic tests say *where* without counting
/// columns. The markers are removed from the text; their byte offsets are kept.
public struct MarkedSource {
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

    public let text: String
    /// Marker → UTF-8 offset in `text`.
    public let offsets: [String: Int]

    public init(_ marked: String) {
        var text = ""
        var offsets: [String: Int] = [:]
        var rest = Substring(marked)
        outer: while !rest.isEmpty {
            for marker in Self.markers where rest.hasPrefix(marker) {
                offsets[marker] = text.utf8.count
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(rest.removeFirst())
        }
        self.text = text
        self.offsets = offsets
    }

    public func file(path: String = "test.toc") -> SourceFile {
        SourceFile(path: path, text: text)
    }

    public func offset(_ marker: String) -> Int {
        guard let offset = offsets[marker] else { preconditionFailure("no marker \(marker) in the source") }
        return offset
    }
}
