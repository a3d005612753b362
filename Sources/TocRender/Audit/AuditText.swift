/// A sentence of an audit report: plain words and ids (shown as code), kept apart so that each writer escapes plan
/// text in its own way and no piece of a plan can become markup.
///
/// Written with string interpolation: `"\(code: cohort.id) needs \(size)"`.
public struct AuditText: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// A run of text.
    public enum Piece: Sendable, Hashable {
        case text(String)
        /// An id or keyword from the plan, shown as code.
        case code(String)
    }

    public private(set) var pieces: [Piece]

    /// A sentence from its pieces.
    public init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    /// Plain words.
    public init(stringLiteral value: String) {
        pieces = [.text(value)]
    }

    /// Words and ids, interpolated.
    public init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    /// The sentence as plain text, ids in backticks (for tests and the terminal).
    public var description: String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .code(let code): "`\(code)`"
            }
        }.joined()
    }

    /// Builds sentences from literals, plain values and ids.
    public struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ text: String) {
            pieces.append(.text(text))
        }

        public mutating func appendInterpolation(_ number: Int) {
            pieces.append(.text(String(number)))
        }

        /// An id, shown as code.
        public mutating func appendInterpolation(code: String) {
            pieces.append(.code(code))
        }

        /// Ids as a list, "`a`, `b` and `c`".
        public mutating func appendInterpolation(codes: [String]) {
            for (index, code) in codes.enumerated() {
                if index > 0 { pieces.append(.text(index == codes.count - 1 ? " and " : ", ")) }
                pieces.append(.code(code))
            }
        }

        /// Another sentence, inserted as it is.
        public mutating func appendInterpolation(_ text: AuditText) {
            pieces += text.pieces
        }
    }
}
