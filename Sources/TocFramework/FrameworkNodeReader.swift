import TocDiagnostics
import TocLang
import TocModel
import Yams

/// Walks a composed YAML document, building a ``Framework`` and collecting problems with their positions.
struct FrameworkNodeReader {
    var problems: [FrameworkProblem] = []

    static let topKeys = ["id", "name", "source", "notes", "features", "outcomes"]
    static let itemKeys = ["id", "name", "badge", "definition", "reference", "indicators"]
    static let indicatorKeys = ["name", "measure", "unit", "direction", "source", "reference"]

    mutating func framework(_ root: Yams.Node, defaultID: String) -> Framework? {
        guard let mapping = root.mapping else {
            report(root, "a framework file is a list of entries such as `id: my-framework`, not \(describe(root))", hint: FrameworkReader.startHint)
            return nil
        }
        let entries = entries(of: mapping, allowed: Self.topKeys, what: "a framework file")
        let id = entries["id"].flatMap { identifier($0, what: "the framework's `id`") } ?? defaultID
        let name = entries["name"].flatMap { text($0, key: "name") } ?? id
        let source = entries["source"].flatMap { text($0, key: "source") }
        let notes = entries["notes"].map { texts($0, key: "notes") } ?? []
        let features = entries["features"].map { items($0, key: "features", singular: "practice feature") } ?? []
        let outcomes = entries["outcomes"].map { items($0, key: "outcomes", singular: "outcome") } ?? []
        if entries["features"] == nil, entries["outcomes"] == nil {
            report(root, "this framework lists no `outcomes` and no `features`", hint: FrameworkReader.startHint)
        }
        if features.count + outcomes.count > FrameworkReader.maximumItems {
            report(root, "this framework has more than \(FrameworkReader.maximumItems) features and outcomes")
        }
        checkUnique(features + outcomes, nodes: entries)
        return Framework(id: id, name: name, source: source, notes: notes, features: features, outcomes: outcomes)
    }

    // MARK: - Items

    private var itemMarks: [String: Mark] = [:]

    private mutating func items(_ node: Yams.Node, key: String, singular: String) -> [FrameworkItem] {
        guard let sequence = node.sequence else {
            if let scalar = node.scalar, Self.isNull(scalar) { return [] }
            report(node, "`\(key)` should be a list, one `- id: …` entry per \(singular)", hint: "write each \(singular) on lines of its own, starting `  - id: `")
            return []
        }
        return sequence.prefix(FrameworkReader.maximumItems + 1).compactMap { item($0, singular: singular) }
    }

    private mutating func item(_ node: Yams.Node, singular: String) -> FrameworkItem? {
        guard let mapping = node.mapping else {
            report(node, "each \(singular) needs lines such as `id: …` and `name: …`, not \(describe(node))", hint: "write `- id: my-\(singular.split(separator: " ").last ?? "item")` then, indented under it, `name: \"…\"`")
            return nil
        }
        let entries = entries(of: mapping, allowed: Self.itemKeys, what: Wording.withArticle(singular))
        guard let idNode = entries["id"] else {
            report(node, "this \(singular) has no `id`", hint: "add a line `id: …` with the word plans will use for it")
            return nil
        }
        guard let id = identifier(idNode, what: "an id") else { return nil }
        if itemMarks[id] == nil, let mark = idNode.mark { itemMarks[id] = mark }
        let name = entries["name"].flatMap { text($0, key: "name") }
        if entries["name"] == nil {
            report(node, "the \(singular) `\(id)` has no `name`", hint: "add a line `name: \"…\"` saying what it is in full")
        }
        let indicators = entries["indicators"].map { suggestedIndicators($0) } ?? []
        return FrameworkItem(
            id: id, name: name ?? id, badge: entries["badge"].flatMap { text($0, key: "badge") },
            definition: entries["definition"].flatMap { text($0, key: "definition") },
            reference: entries["reference"].flatMap { text($0, key: "reference") }, indicators: indicators
        )
    }

    private mutating func suggestedIndicators(_ node: Yams.Node) -> [SuggestedIndicator] {
        guard let sequence = node.sequence else {
            report(node, "`indicators` should be a list, one `- name: …` entry per indicator")
            return []
        }
        if sequence.count > FrameworkReader.maximumIndicators {
            report(node, "more than \(FrameworkReader.maximumIndicators) indicators are listed here")
        }
        return sequence.prefix(FrameworkReader.maximumIndicators).compactMap { entry in
            guard let mapping = entry.mapping else {
                report(entry, "each indicator needs lines such as `name: …` and `source: …`, not \(describe(entry))")
                return nil
            }
            let entries = entries(of: mapping, allowed: Self.indicatorKeys, what: "an indicator")
            guard let name = entries["name"].flatMap({ text($0, key: "name") }) else {
                if entries["name"] == nil { report(entry, "this indicator has no `name`", hint: "add a line `name: \"…\"`") }
                return nil
            }
            return SuggestedIndicator(
                name: name, measure: entries["measure"].flatMap { word($0, key: "measure", in: .measure) },
                unit: entries["unit"].flatMap { text($0, key: "unit") },
                direction: entries["direction"].flatMap { word($0, key: "direction", in: .direction) }.flatMap(Indicator.Direction.init(rawValue:)),
                source: entries["source"].flatMap { text($0, key: "source") },
                reference: entries["reference"].flatMap { text($0, key: "reference") }
            )
        }
    }

    private mutating func checkUnique(_ items: [FrameworkItem], nodes: [String: Yams.Node]) {
        var seen: Set<String> = []
        var reported: Set<String> = []
        for item in items where !seen.insert(item.id).inserted && reported.insert(item.id).inserted {
            let mark = itemMarks[item.id]
            problems.append(FrameworkProblem(
                line: mark?.line ?? 1, column: mark?.column ?? 1,
                message: "the id `\(item.id)` is used by more than one feature or outcome",
                hint: "give each feature and outcome an id of its own"
            ))
        }
    }

    // MARK: - Values

    /// A mapping's values by key, reporting unknown and repeated keys.
    private mutating func entries(of mapping: Yams.Node.Mapping, allowed: [String], what: String) -> [String: Yams.Node] {
        var result: [String: Yams.Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(key, "expected a word followed by a colon, such as `name:`")
                continue
            }
            guard allowed.contains(name) else {
                let suggestion = Suggestions.closest(to: name, among: allowed)
                report(key, "`\(name)` is not something \(what) can have", hint: suggestion.map { "did you mean `\($0)`?" } ?? "use \(Wording.list(allowed.map { "`\($0)`" }, conjunction: "or"))")
                continue
            }
            if result[name] != nil {
                report(key, "`\(name)` is given twice", hint: "keep one of them")
                continue
            }
            result[name] = value
        }
        return result
    }

    /// A piece of text; nil (and a problem) when the value is a list or an entry rather than text, or empty.
    private mutating func text(_ node: Yams.Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, "`\(key)` should be a piece of text, not \(describe(node))", hint: "write it on the same line, in double quotes: `\(key): \"…\"`")
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !Self.isNull(scalar) else {
            report(node, "`\(key)` is empty", hint: "write it after the colon: `\(key): \"…\"`")
            return nil
        }
        return value
    }

    private mutating func texts(_ node: Yams.Node, key: String) -> [String] {
        guard let sequence = node.sequence else {
            return text(node, key: key).map { [$0] } ?? []
        }
        return sequence.compactMap { text($0, key: key) }
    }

    /// An id plans can write: letters, digits, `-` and `_`, starting with a letter.
    private mutating func identifier(_ node: Yams.Node, what: String) -> String? {
        guard let value = text(node, key: "id") else { return nil }
        guard Self.isIdentifier(value) else {
            report(node, "`\(value)` cannot be \(what): ids are made of letters, digits, `-` and `_`, and start with a letter", hint: "for example `reducing-risk`")
            return nil
        }
        return value
    }

    /// An empty value: nothing after the colon, or YAML's `~` / `null`.
    static func isNull(_ scalar: Yams.Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
    }

    private mutating func word(_ node: Yams.Node, key: String, in vocabulary: Vocabulary) -> String? {
        guard let value = text(node, key: key) else { return nil }
        if let canonical = vocabulary.canonical(value) { return canonical }
        let suggestion = vocabulary.suggestion(for: value)
        report(node, "unknown \(vocabulary.name) `\(value)`", hint: suggestion.map { "did you mean `\($0)`?" } ?? "use \(vocabulary.listing)")
        return nil
    }

    // MARK: - Reporting

    private mutating func report(_ node: Yams.Node, _ message: String, hint: String? = nil) {
        guard problems.count < FrameworkReader.maximumProblems * 2 else { return }
        let mark = node.mark
        problems.append(FrameworkProblem(line: mark?.line ?? 1, column: mark?.column ?? 1, message: message, hint: hint))
    }

    private func describe(_ node: Yams.Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a group of entries"
        case .sequence: "a list"
        }
    }
}
