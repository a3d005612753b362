import PropertyBased

/// Random source for the property tests: PropertyBased's generators, run with a seeded Xoshiro generator so that a
/// failing plan can be reproduced from the seed printed with the failure.
struct Dice {
    var rng: Xoshiro

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, seed &* 0x9E37_79B9_7F4A_7C15, 0xD1B5_4A32_D192_ED03, seed ^ 0xABCD))
    }

    mutating func run<Value, Shrink>(_ generator: Generator<Value, Shrink>) -> Value {
        generator.run(using: &rng)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { run(Gen.int(in: range)) }
    mutating func chance(_ rate: Float) -> Bool { run(Gen.bool(rate)) }
    mutating func pick<T: Sendable>(_ choices: [T]) -> T { run(Gen<T?>.element(of: choices))! }
    mutating func shuffled<T: Sendable>(_ elements: [T]) -> [T] { run(Gen<[T]>.shuffled(elements)) }
}

/// Generators for the leaves of a plan.
enum PlanValues {
    /// Ids: a letter or `_`, then letters, digits, `-` and `_`; sometimes capitals or non-ASCII letters.
    static let id = Gen.lowercaseLetter.string(of: 1...6)

    static let idTail = Gen<Character?>.element(of: Array("abcdefxyz0123456789-_éŵ")).map { $0! }.string(of: 0...5)

    /// Free text for labels and descriptions, with everything that needs care when quoted.
    static let textPiece = Gen<String?>.element(of: [
        "Train staff", "children's services", "a \"quoted\" word", "back\\slash", "# not a comment", "tab\there",
        "new\nline", "em — dash", "She said “no”", "→ arrow", "3,374 people", "50%", "  spaced  ", "Ŵelsh", "a -> b",
        "bell\u{7}", "", "👍",
    ]).map { $0! }

    static let commentText = Gen<String?>.element(of: [
        " [004:732]", " planned", "# doubled", "no space", " \"quoted\" and “curly”", " toc-ignore: unused-input kept",
        "   indented text", " trailing spaces   ", "", " -> not a link", " é",
    ]).map { $0! }

    static let year = Gen.int(in: 2000...2030)
}

extension Dice {
    mutating func id() -> String {
        var head = run(PlanValues.id)
        if chance(0.1) { head = head.prefix(1).uppercased() + head.dropFirst() }
        if chance(0.05) { head = "_" + head }
        return head + (chance(0.3) ? run(PlanValues.idTail) : "")
    }

    mutating func text() -> String {
        (0..<int(1...3)).map { _ in run(PlanValues.textPiece) }.joined(separator: " ")
    }

    mutating func comment() -> String { run(PlanValues.commentText) }

    mutating func date() -> String {
        let year = run(PlanValues.year)
        let month = int(1...12)
        let day = chance(0.3) ? "-" + pad(int(1...28)) : ""
        return "\(year)-\(pad(month))\(day)"
    }

    mutating func number(whole: Bool = false) -> String {
        let value = String(int(0...5000))
        return whole || chance(0.7) ? value : value + "." + String(int(0...99))
    }

    mutating func quantity() -> String {
        chance(0.5) ? number() : number() + "%"
    }

    /// `month 6`, a date or a year.
    mutating func timePoint() -> [Piece] {
        switch int(0...2) {
        case 0: [.keyword("month"), .raw(String(int(1...60)))]
        case 1: [.raw(date())]
        default: [.raw(String(run(PlanValues.year)))]
        }
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// One piece of a line, before the layout decides spacing, quoting and case.
enum Piece: Sendable {
    /// A word the language reads without regard to case (vocabulary words, `month`, `by`…).
    case keyword(String)
    /// An id or a free word: written exactly.
    case word(String)
    /// Quoted text (its content).
    case text(String)
    /// A number, percentage or date.
    case raw(String)
    case comma
    case arrow
}

/// A line of a plan with the comments written with it.
struct PlanLine: Sendable {
    var pieces: [Piece]
    /// Whether the values are a list whose commas may be left out or doubled.
    var isList = false
    var leadingComments: [String] = []
    var trailingComment: String?
}

/// A declaration or link: a header line and the lines under it (details, or nested declarations).
indirect enum PlanStatement: Sendable {
    case line(PlanLine)
    case block(PlanLine, [PlanStatement])
}
