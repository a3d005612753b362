import Foundation

/// A small interpreter of a TextMate grammar, enough to test ours: `match` rules, `begin`/`end` rules with
/// `patterns`, `captures`, `beginCaptures`, `endCaptures` and `include` of repository rules, run line by line with
/// NSRegularExpression (ICU). The earliest match wins, then the first rule listed; a rule's `end` wins a tie.
struct TextMateTokenizer {
    final class Rule {
        let key: String
        let name: String?
        var match: NSRegularExpression?
        var begin: NSRegularExpression?
        var end: NSRegularExpression?
        var captures: [Int: String] = [:]
        var beginCaptures: [Int: String] = [:]
        var endCaptures: [Int: String] = [:]
        var patterns: [Any] = []
        /// For rules that only include others.
        var includes: [String] = []

        init(key: String, name: String?) {
            self.key = key
            self.name = name
        }
    }

    enum GrammarError: Error, CustomStringConvertible {
        case invalid(String)
        var description: String { if case .invalid(let message) = self { message } else { "" } }
    }

    let scopeName: String
    private let topLevel: [Rule]
    private let repository: [String: Rule]
    /// Every regular expression in the grammar, with where it is (for reporting).
    private(set) var sources: [(place: String, pattern: String)] = []

    init(json data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw GrammarError.invalid("not a JSON object") }
        scopeName = root["scopeName"] as? String ?? ""
        var sources: [(String, String)] = []
        var repository: [String: Rule] = [:]
        for (key, value) in (root["repository"] as? [String: Any]) ?? [:] {
            repository[key] = try Self.rule(value, key: "repository.\(key)", sources: &sources)
        }
        topLevel = try ((root["patterns"] as? [Any]) ?? []).enumerated().map { try Self.rule($1, key: "patterns[\($0)]", sources: &sources) }
        self.repository = repository
        self.sources = sources
    }

    private static func rule(_ value: Any, key: String, sources: inout [(String, String)]) throws -> Rule {
        guard let object = value as? [String: Any] else { throw GrammarError.invalid("\(key) is not an object") }
        let rule = Rule(key: key, name: object["name"] as? String)
        func compile(_ field: String) throws -> NSRegularExpression? {
            guard let pattern = object[field] as? String else { return nil }
            sources.append(("\(key).\(field)", pattern))
            do {
                return try NSRegularExpression(pattern: pattern)
            } catch {
                throw GrammarError.invalid("\(key).\(field) does not compile: \(pattern)")
            }
        }
        rule.match = try compile("match")
        rule.begin = try compile("begin")
        rule.end = try compile("end")
        func captures(_ field: String) -> [Int: String] {
            var result: [Int: String] = [:]
            for (index, capture) in (object[field] as? [String: Any]) ?? [:] {
                if let number = Int(index), let name = (capture as? [String: Any])?["name"] as? String { result[number] = name }
            }
            return result
        }
        rule.captures = captures("captures")
        rule.beginCaptures = captures("beginCaptures")
        rule.endCaptures = captures("endCaptures")
        if let include = object["include"] as? String { rule.includes = [include] }
        rule.patterns = try ((object["patterns"] as? [Any]) ?? []).enumerated().map { try Self.rule($1, key: "\(key).patterns[\($0)]", sources: &sources) }
        if rule.begin != nil, rule.end == nil { throw GrammarError.invalid("\(key) has `begin` but no `end`") }
        return rule
    }

    /// The rules a list of patterns stands for, with includes replaced by what they include.
    private func expand(_ rules: [Any], depth: Int = 0) -> [Rule] {
        guard depth < 20 else { return [] }
        var result: [Rule] = []
        for case let rule as Rule in rules {
            if let include = rule.includes.first {
                guard include.hasPrefix("#"), let target = repository[String(include.dropFirst())] else { continue }
                result += target.match != nil || target.begin != nil ? [target] : expand(target.patterns, depth: depth + 1)
            } else if rule.match != nil || rule.begin != nil {
                result.append(rule)
            } else {
                result += expand(rule.patterns, depth: depth + 1)
            }
        }
        return result
    }

    /// Whether every `include` names a rule in the repository.
    var unresolvedIncludes: [String] {
        func walk(_ rule: Rule) -> [String] {
            rule.includes.filter { !$0.hasPrefix("#") || repository[String($0.dropFirst())] == nil } + rule.patterns.compactMap { $0 as? Rule }.flatMap(walk)
        }
        return (topLevel + Array(repository.values)).flatMap(walk)
    }

    /// The scopes of each UTF-16 unit of a line, outermost first (the grammar's own scope name included).
    func scopes(of line: String) -> [[String]] {
        let text = line as NSString
        let length = text.length
        var painted = Array(repeating: [scopeName], count: length)
        var stack: [(rule: Rule, scopes: [String])] = []
        var position = 0
        let options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]
        func first(_ regex: NSRegularExpression, from start: Int) -> NSTextCheckingResult? {
            regex.firstMatch(in: line, options: options, range: NSRange(location: start, length: length - start))
        }
        func paint(_ range: NSRange, _ scopes: [String]) {
            guard range.location != NSNotFound else { return }
            for index in range.location..<min(length, range.location + range.length) { painted[index] = scopes }
        }
        func paint(_ match: NSTextCheckingResult, captures: [Int: String], base: [String]) {
            for (group, name) in captures.sorted(by: { $0.key < $1.key }) where group < match.numberOfRanges {
                paint(match.range(at: group), base + [name])
            }
        }
        var steps = 0
        while position <= length, steps < 10_000 {
            steps += 1
            let current = stack.last?.scopes ?? [scopeName]
            let candidates = expand(stack.last?.rule.patterns ?? topLevel)
            var best: (rule: Rule, match: NSTextCheckingResult)?
            for rule in candidates {
                guard let regex = rule.match ?? rule.begin, let match = first(regex, from: position) else { continue }
                if best == nil || match.range.location < best!.match.range.location { best = (rule, match) }
            }
            if let top = stack.last, let end = top.rule.end, let match = first(end, from: position),
               best == nil || match.range.location <= best!.match.range.location {
                paint(NSRange(location: position, length: match.range.location - position), current)
                paint(match.range, current)
                paint(match, captures: top.rule.endCaptures, base: current)
                stack.removeLast()
                position = match.range.location + match.range.length
                if stack.isEmpty, position >= length { break }
                continue
            }
            guard let (rule, match) = best else { break }
            paint(NSRange(location: position, length: match.range.location - position), current)
            let scopes = current + (rule.name.map { [$0] } ?? [])
            paint(match.range, scopes)
            let matchEnd = match.range.location + match.range.length
            if rule.begin != nil {
                paint(match, captures: rule.beginCaptures, base: scopes)
                stack.append((rule, scopes))
                position = matchEnd
            } else {
                paint(match, captures: rule.captures, base: scopes)
                position = match.range.length == 0 ? matchEnd + 1 : matchEnd
            }
            if position >= length, stack.isEmpty { break }
        }
        return painted
    }
}
