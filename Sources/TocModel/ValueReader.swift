import TocDiagnostics
import TocLang

/// Reads the values of one detail line into typed values, reporting what it expected when the text does not fit.
///
/// After one problem on a line, the rest of the line is not complained about again.
struct ValueReader {
    let property: Property
    private let tokens: TokenList
    private var index = 0
    private var failed = false
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether anything on the line could not be understood.
    var hasFailed: Bool { failed || !diagnostics.isEmpty }

    init(_ property: Property) {
        self.property = property
        self.tokens = property.values
    }

    private var name: String { property.name.text }
    private var current: Token? { index < tokens.count ? tokens[index] : nil }
    var atEnd: Bool { index >= tokens.count }

    private mutating func fail(expected: String, at token: Token?) {
        guard !failed else { return }
        failed = true
        // The lexer has already explained what is wrong with an invalid token (a bad date, say).
        guard token?.kind != .invalid else { return }
        diagnostics.append(ModelMessages.badValue(property, expected: expected, at: token))
    }

    /// Consumes the next token if it is the given word.
    mutating func accept(word: String) -> Bool {
        guard let current, current.kind == .word, current.text.lowercasedKeyword() == word else { return false }
        index += 1
        return true
    }

    // MARK: - Simple values

    /// One piece of quoted text. Unquoted words are accepted with an error offering to quote them.
    mutating func text() -> String? {
        guard let first = current else { return nil }
        if first.kind == .string {
            index += 1
            return first.text
        }
        let rest = tokens[index...]
        let joined = ModelMessages.written(Array(rest))
        diagnostics.append(ModelMessages.unquotedText(property, tokens: Array(rest)))
        failed = true
        index = tokens.count
        return joined
    }

    /// One word, canonicalised by a vocabulary when given.
    mutating func word(in vocabulary: Vocabulary? = nil) -> String? {
        guard let token = current else { return nil }
        guard token.kind == .word else {
            fail(expected: vocabulary.map { "one of \($0.listing)" } ?? "a word", at: token)
            return nil
        }
        index += 1
        guard let vocabulary else { return token.text }
        if let canonical = vocabulary.canonical(token.text) { return canonical }
        diagnostics.append(ModelMessages.unknownValue(token, vocabulary: vocabulary))
        failed = true
        return vocabulary.suggestion(for: token.text)
    }

    /// A list of words separated by commas (or spaces), each checked against a vocabulary when given.
    mutating func words(in vocabulary: Vocabulary?) -> [String] {
        var result: [String] = []
        while let token = current {
            if token.kind == .comma {
                index += 1
                continue
            }
            guard token.kind == .word else {
                fail(expected: "a list of words separated by commas", at: token)
                index += 1
                continue
            }
            if let value = word(in: vocabulary) { result.append(value) }
        }
        return result
    }

    /// A list of ids, with where each was written.
    mutating func references() -> [Reference] {
        var result: [Reference] = []
        while let token = current {
            index += 1
            switch token.kind {
            case .comma: continue
            case .word: result.append(Reference(id: NodeID(token.text), range: token.range))
            default: fail(expected: "ids separated by commas", at: token)
            }
        }
        return result
    }

    /// A whole number of people or things.
    mutating func count() -> Int? {
        guard let token = current else { return nil }
        guard token.kind == .number, let value = Int(token.text) else {
            fail(expected: "a whole number", at: token)
            return nil
        }
        index += 1
        return value
    }

    /// A calendar date.
    mutating func date() -> PlanDate? {
        guard let token = current else { return nil }
        guard token.kind == .date, let date = PlanDate(token.text) else {
            fail(expected: "a date such as `2019-03`", at: token)
            return nil
        }
        index += 1
        return date
    }

    /// A number or a percentage.
    mutating func quantity() -> Quantity? {
        guard let token = current, let value = Double(token.text) else {
            fail(expected: "a number or a percentage", at: current)
            return nil
        }
        switch token.kind {
        case .number: index += 1; return .number(value)
        case .percentage: index += 1; return .percentage(value)
        default:
            fail(expected: "a number or a percentage", at: token)
            return nil
        }
    }

    /// `month 6`, `2019-03` or a year such as `2017`.
    mutating func timePoint() -> TimePoint? {
        guard let token = current else {
            fail(expected: "a date such as `2019-03` or `month 6`", at: nil)
            return nil
        }
        if token.kind == .date, let date = PlanDate(token.text) {
            index += 1
            return .date(date)
        }
        if accept(word: "month") {
            guard let number = current, number.kind == .number, let offset = Int(number.text),
                  (1...TimePoint.maximumMonth).contains(offset)
            else {
                fail(expected: "a month number counted from the plan's start, such as `month 6`", at: current)
                return nil
            }
            index += 1
            return .month(offset)
        }
        if token.kind == .number, token.text.count == 4, let year = Int(token.text) {
            index += 1
            return .year(year)
        }
        fail(expected: "a date such as `2019-03` or `month 6`", at: token)
        return nil
    }

    // MARK: - Compound values

    /// The values of `from`: `month 1 to month 30`, or `2017-08 to 2019-03`.
    mutating func window() -> TimeWindow? {
        let start = timePoint()
        guard start != nil else { return nil }
        guard accept(word: "to") else {
            if !atEnd { fail(expected: "`to` and the end, as in `from month 1 to month 30`", at: current) }
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
        var unitWords: [String] = []
        while let token = current, token.kind == .word, token.text.lowercasedKeyword() != "by" {
            unitWords.append(token.text)
            index += 1
        }
        if let token = current, token.kind == .string {
            unitWords.append(token.text)
            index += 1
        }
        let by = accept(word: "by") ? timePoint() : nil
        return OutputTarget(value: value, unit: unitWords.isEmpty ? nil : unitWords.joined(separator: " "), by: by, range: property.range)
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
        if let token = current, token.kind == .number || token.kind == .percentage {
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
            fail(expected: "a value (`41%`), when it holds (`in 2017`), and whether it is `available` or `collected from` a date", at: current)
            return nil
        }
        return Baseline(value: value, at: at, availability: availability, range: property.range)
    }

    /// A data-sharing agreement: `agreed 2017-11`, `expected 2018-03` (the date may be left out), or `none`.
    mutating func dataSharing() -> DataSharing? {
        if accept(word: "none") { return DataSharing.none }
        if accept(word: "agreed") || accept(word: "signed") { return .agreed(atEnd ? nil : expected()) }
        if accept(word: "expected") || accept(word: "planned") || accept(word: "due") { return .expected(atEnd ? nil : expected()) }
        fail(expected: "`agreed` or `expected` with a date, or `none`", at: current)
        return nil
    }

    /// A design, optionally followed by `comparator "…"` on the same line.
    mutating func design() -> (String?, String?) {
        let design = word(in: .design)
        var comparator: String?
        if accept(word: "comparator") || accept(word: "comparison") {
            comparator = text()
        } else if let token = current, token.kind == .string {
            comparator = text()
        }
        return (design, comparator)
    }

    /// Reports anything left over on the line.
    mutating func finish() {
        guard !failed, let extra = current else { return }
        diagnostics.append(ModelMessages.extraValue(property, extra: Array(tokens[index...])))
        _ = extra
    }
}
