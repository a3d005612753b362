import TocDiagnostics
import TocLang

/// Reads the values of detail lines into typed values, reporting what it expected when the text does not fit.
///
/// One reader reads the details of a declaration (or a link statement) in turn: ``start(_:)`` moves it to the next
/// detail. After one problem on a line, the rest of the line is not complained about again.
///
/// Shaped for speed, as the builder reads every detail of a plan with one (the model building stage of the language
/// server's re-check):
/// - the details are read in place in their declaration's list rather than copied (a `Property` holds five
///   reference-counted fields, and copying each into a reader of its own and out again cost about a fifth of the
///   stage);
/// - the next token's kind, text and range are taken out of the line once, when the reader moves to it, and looked at
///   from there: each subscript of a ``TokenList`` copies a whole token, and copying or destroying a `Token?` goes
///   through the runtime's generic value witnesses, which made looking at the next token several times (as
///   `accept(word:)` does, trying word after word) cost more than reading it;
/// - a keyword written as the reader expects it is matched without lowering its case first.
struct ValueReader {
    /// The details of the declaration or link statement, shared rather than copied.
    private let details: [Property]
    /// The detail being read.
    private var position = 0
    private var tokens: TokenList = []
    /// The position of the next token on the line.
    private var index = 0
    /// The next token's kind, or nil at the end of the line.
    private var nextKind: Token.Kind?
    /// The next token's text and range (those of the last token once the line is read: look at `nextKind` first).
    private var nextText = ""
    private var nextRange = SourceRange.at(0)
    /// `nextText` in lower case, worked out the first time it is compared with a keyword it is not written as.
    private var nextKeyword: String?
    private var failed = false
    /// The problems found on the current detail's line.
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether anything on the line could not be understood.
    var hasFailed: Bool { failed || !diagnostics.isEmpty }

    /// A reader of `details`, which reads none of them until ``start(_:)``.
    init(_ details: [Property]) {
        self.details = details
    }

    /// Starts reading the detail at `position`, forgetting the one read before and its problems.
    mutating func start(_ position: Int) {
        self.position = position
        tokens = details[position].values
        index = 0
        load()
        failed = false
        if !diagnostics.isEmpty { diagnostics = [] }
    }

    /// The detail being read.
    var property: Property { details[position] }
    /// The detail's name, as the parser gave it (always in the schema's spelling).
    var name: String { details[position].name.text }
    /// Whether the detail has no values but commas.
    var hasNoItems: Bool { tokens.allSatisfy { $0.kind == .comma } }
    var atEnd: Bool { nextKind == nil }
    /// The next token to read, if any (looked at, not consumed).
    var upcoming: Token? { index < tokens.count ? tokens[index] : nil }

    /// Moves past the next token.
    private mutating func advance() {
        index += 1
        load()
    }

    /// Takes the next token's kind, text and range out of the line.
    private mutating func load() {
        nextKeyword = nil
        guard index < tokens.count else {
            nextKind = nil
            return
        }
        let token = tokens[index]
        nextKind = token.kind
        nextText = token.text
        nextRange = token.range
    }

    /// Moves past every token left on the line.
    private mutating func skipToEnd() {
        index = tokens.count
        load()
    }

    private mutating func fail(expected: String, at token: Token?) {
        guard !failed else { return }
        failed = true
        // The lexer has already explained what is wrong with an invalid token (a bad date, say).
        guard token?.kind != .invalid else { return }
        diagnostics.append(ModelMessages.badValue(property, expected: expected, at: token))
    }

    /// Reports that the next token (or the end of the line) is not what was expected.
    private mutating func failHere(expected: String) {
        fail(expected: expected, at: upcoming)
    }

    /// Whether the next token is the given word (in any case).
    private mutating func isAt(word: String) -> Bool {
        guard nextKind == .word else { return false }
        // Written as the keyword (nearly always; keywords are in lower case): no need to lower its case.
        if nextText == word { return true }
        if nextKeyword == nil { nextKeyword = nextText.lowercasedKeyword() }
        return nextKeyword == word
    }

    /// Consumes the next token if it is the given word (in any case).
    mutating func accept(word: String) -> Bool {
        guard isAt(word: word) else { return false }
        advance()
        return true
    }

    // MARK: - Simple values

    /// One piece of quoted text. Unquoted words are accepted with an error offering to quote them.
    mutating func text() -> String? {
        guard let kind = nextKind else { return nil }
        if kind == .string {
            let text = nextText
            advance()
            return text
        }
        let rest = Array(tokens[index...])
        let joined = ModelMessages.written(rest)
        diagnostics.append(ModelMessages.unquotedText(property, tokens: rest))
        failed = true
        skipToEnd()
        return joined
    }

    /// One word, canonicalised by a vocabulary when given.
    mutating func word(in vocabulary: Vocabulary? = nil) -> String? {
        guard let kind = nextKind else { return nil }
        guard kind == .word else {
            failHere(expected: vocabulary.map { "one of \($0.listing)" } ?? "a word")
            return nil
        }
        let text = nextText
        let wordIndex = index
        advance()
        guard let vocabulary else { return text }
        // A word written exactly as the vocabulary spells it (nearly every one) is its own canonical form, found
        // without lowering its case or looking up aliases (every vocabulary's words are in lower case).
        if vocabulary.words.contains(text) { return text }
        if let canonical = vocabulary.canonical(text) { return canonical }
        diagnostics.append(ModelMessages.unknownValue(tokens[wordIndex], vocabulary: vocabulary))
        failed = true
        return vocabulary.suggestion(for: text)
    }

    /// One word of a vocabulary, as the case of `Value` whose raw value is its canonical form (or the suggested one,
    /// when the word is unknown and reported).
    mutating func word<Value: RawRepresentable<String> & CaseIterable>(in vocabulary: Vocabulary, as _: Value.Type) -> Value? {
        word(in: vocabulary).flatMap(Self.value)
    }

    /// A list of words separated by commas (or spaces), each checked against a vocabulary when given.
    mutating func words(in vocabulary: Vocabulary?) -> [String] {
        var result: [String] = []
        readWords(in: vocabulary) { result.append($0) }
        return result
    }

    /// A list of words of a vocabulary, appended to `values` as cases of `Value` (in place: no list is built first).
    mutating func words<Value: RawRepresentable<String> & CaseIterable>(in vocabulary: Vocabulary, into values: inout [Value]) {
        readWords(in: vocabulary) { if let value = Self.value($0) as Value? { values.append(value) } }
    }

    /// Reads a list of words separated by commas (or spaces), handing each word read to `use`.
    private mutating func readWords(in vocabulary: Vocabulary?, _ use: (String) -> Void) {
        while let kind = nextKind {
            if kind == .comma {
                advance()
                continue
            }
            guard kind == .word else {
                failHere(expected: "a list of words separated by commas")
                advance()
                continue
            }
            if let value = word(in: vocabulary) { use(value) }
        }
    }

    /// The case whose raw value is `word`: the same as `Value(rawValue:)`, which for an enumeration of strings looks
    /// through its cases' strings at several times the cost.
    private static func value<Value: RawRepresentable<String> & CaseIterable>(_ word: String) -> Value? {
        Value.allCases.first { $0.rawValue == word }
    }

    /// A list of ids, with where each was written.
    mutating func references() -> [Reference] {
        var result: [Reference] = []
        references(into: &result)
        return result
    }

    /// A list of ids, appended to `references` (in place: no list is built first).
    mutating func references(into references: inout [Reference]) {
        while let kind = nextKind {
            switch kind {
            case .comma: break
            case .word: references.append(Reference(id: NodeID(nextText), range: nextRange))
            default: failHere(expected: "ids separated by commas")
            }
            advance()
        }
    }

    /// A whole number of people or things.
    mutating func count() -> Int? {
        guard let kind = nextKind else { return nil }
        guard kind == .number, let value = Int(nextText) else {
            failHere(expected: "a whole number")
            return nil
        }
        advance()
        return value
    }

    /// A calendar date.
    mutating func date() -> PlanDate? {
        guard let kind = nextKind else { return nil }
        guard kind == .date, let date = PlanDate(nextText) else {
            failHere(expected: "a date such as `2019-03`")
            return nil
        }
        advance()
        return date
    }

    /// A number or a percentage.
    mutating func quantity() -> Quantity? {
        guard let kind = nextKind, let value = Self.number(nextText) else {
            failHere(expected: "a number or a percentage")
            return nil
        }
        switch kind {
        case .number: advance(); return .number(value)
        case .percentage: advance(); return .percentage(value)
        default:
            failHere(expected: "a number or a percentage")
            return nil
        }
    }

    /// `Double(text)`, reading whole numbers (nearly every number in a plan) as integers first, at a fraction of the
    /// cost of the C library's `strtod`. A whole number converts exactly, or rounds to nearest as `strtod` does, so
    /// the value is the same; zero is left to `Double`, which keeps the sign of `-0`.
    private static func number(_ text: String) -> Double? {
        if let whole = Int(text), whole != 0 { return Double(whole) }
        return Double(text)
    }

    /// `month 6`, `2019-03` or a year such as `2017`.
    mutating func timePoint() -> TimePoint? {
        guard let kind = nextKind else {
            fail(expected: "a date such as `2019-03` or `month 6`", at: nil)
            return nil
        }
        if kind == .date, let date = PlanDate(nextText) {
            advance()
            return .date(date)
        }
        if accept(word: "month") {
            guard nextKind == .number, let offset = Int(nextText), (1...TimePoint.maximumMonth).contains(offset) else {
                failHere(expected: "a month number counted from the plan's start, such as `month 6`")
                return nil
            }
            advance()
            return .month(offset)
        }
        // Four bytes rather than four characters (`count` walks grapheme clusters): text that `Int` reads is ASCII
        // digits and signs, one byte each, so the two agree wherever the year is read.
        if kind == .number, nextText.utf8.count == 4, let year = Int(nextText) {
            advance()
            return .year(year)
        }
        failHere(expected: "a date such as `2019-03` or `month 6`")
        return nil
    }

    // MARK: - Compound values

    /// The values of `from`: `month 1 to month 30`, or `2017-08 to 2019-03`.
    mutating func window() -> TimeWindow? {
        let start = timePoint()
        guard start != nil else { return nil }
        guard accept(word: "to") else {
            if !atEnd { failHere(expected: "`to` and the end, as in `from month 1 to month 30`") }
            return TimeWindow(start: start, end: nil)
        }
        return TimeWindow(start: start, end: timePoint())
    }

    /// `expected by 2020-03` (the `by` may be left out).
    mutating func expected() -> TimePoint? {
        _ = accept(word: "by")
        return timePoint()
    }

    /// An output target: `3000 people by 2019-03`.
    mutating func outputTarget() -> OutputTarget? {
        guard let value = quantity() else { return nil }
        // The unit's words joined with spaces, built as they are read rather than gathered in a list first.
        var unit: String?
        while nextKind == .word, !isAt(word: "by") {
            unit = unit.map { $0 + " " + nextText } ?? nextText
            advance()
        }
        if nextKind == .string {
            unit = unit.map { $0 + " " + nextText } ?? nextText
            advance()
        }
        let by = accept(word: "by") ? timePoint() : nil
        return OutputTarget(value: value, unit: unit, by: by, range: property.range)
    }

    /// An indicator target: `30% by 2020-03`.
    mutating func indicatorTarget() -> IndicatorTarget? {
        guard let value = quantity() else { return nil }
        let by = accept(word: "by") ? timePoint() : nil
        return IndicatorTarget(value: value, by: by, range: property.range)
    }

    /// A baseline: `41% in 2017 available`, `collected from 2018-04`, or `12 in 2016-03 collected from 2016-01`.
    mutating func baseline() -> Baseline? {
        var value: Quantity?
        if nextKind == .number || nextKind == .percentage {
            value = quantity()
        }
        var at: TimePoint?
        if accept(word: "in") || accept(word: "at") {
            at = timePoint()
        }
        var availability: Baseline.Availability?
        if accept(word: "available") {
            availability = .available
        } else if accept(word: "collected") || accept(word: "collect") {
            availability = .collectedFrom(accept(word: "from") ? timePoint() : nil)
        } else if accept(word: "from") {
            availability = .collectedFrom(timePoint())
        }
        if value == nil, at == nil, availability == nil {
            failHere(expected: "a value (`41%`), when it holds (`in 2017`), and whether it is `available` or `collected from` a date")
            return nil
        }
        return Baseline(value: value, at: at, availability: availability, range: property.range)
    }

    /// A data-sharing agreement: `agreed 2017-11`, `expected 2018-03` (the date may be left out), or `none`.
    mutating func dataSharing() -> DataSharing? {
        if accept(word: "none") { return DataSharing.none }
        if accept(word: "agreed") || accept(word: "signed") { return .agreed(atEnd ? nil : expected()) }
        if accept(word: "expected") || accept(word: "planned") || accept(word: "due") { return .expected(atEnd ? nil : expected()) }
        failHere(expected: "`agreed` or `expected` with a date, or `none`")
        return nil
    }

    /// A design, optionally followed by `comparator "…"` on the same line.
    mutating func design() -> (String?, String?) {
        let design = word(in: .design)
        var comparator: String?
        if accept(word: "comparator") || accept(word: "comparison") {
            comparator = text()
        } else if nextKind == .string {
            comparator = text()
        }
        return (design, comparator)
    }

    /// Reports anything left over on the line.
    mutating func finish() {
        guard !failed, !atEnd else { return }
        diagnostics.append(ModelMessages.extraValue(property, extra: Array(tokens[index...])))
    }
}
