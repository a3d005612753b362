import TocDiagnostics
import TocModel

/// A count that better identification can push up (referrals, child protection plans, children in need), expected to
/// go down, with nothing beside it that better identification does not affect.
public struct FallingCountsAllowForBetterIdentification: Rule {
    public init() {}
    public let id = "identification-may-raise-count"
    public let defaultSeverity = Severity.warning
    public let summary = "A count that better identification can push up (referrals, CPP, CIN) is expected to go down, with no balancing measure."
    public let rationale = """
        Closer, relational work brings concerns to light that went unseen before, so numbers of referrals, \
        children in need and child protection plans can rise while children are in fact safer. A plan that judges \
        success only by such counts falling may read its own progress as failure. Keep the count if you expect it \
        to fall, but measure the same outcome another way too: re-referrals within 12 months, referrals closed with \
        no further action, or children's and families' own wellbeing; with such a balancing indicator beside it, \
        the count is not flagged.
        """
    public let evidence: Evidence? = Evidence(
        """
        In Leeds, more child protection plans "may be partly explained by the more intensive, relational work undertaken by RES resulting in more issues of concern coming to attention than might have before"
        """,
        source: .round2FinalReport, lines: "305"
    )
    public let example = """
        outcome fewer-cpp "Fewer children need a child protection plan"
          horizon long-term
          indicator cpp-rate "Child protection plans per 10,000 children"
            direction down
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for node in context.elements {
            let indicators = node.indicators
            // A balancing measure beside it (one that better identification does not push up) answers the concern.
            guard !indicators.isEmpty, indicators.allSatisfy(Self.isSensitiveCount) else { continue }
            for indicator in indicators {
                findings.append(finding(
                    "`\(indicator.id)` counts \(Self.subject(of: indicator)) and should go down, but better identification through closer work with families can push such counts up",
                    indicator.range,
                    hint: "keep it if you expect it to fall, and add a balancing indicator under `\(node.id)` (re-referrals within 12 months, referrals closed with no further action, or children's wellbeing)"
                ))
            }
        }
        return findings
    }

    /// Words that name counts better identification raises, with what to call them in the message.
    static let subjects: [(words: [String], name: String)] = [
        (["child", "protection", "plan"], "child protection plans"), (["cpp"], "child protection plans"),
        (["children", "in", "need"], "children in need"), (["child", "in", "need"], "children in need"), (["cin"], "children in need"),
        (["section", "47"], "section 47 enquiries"), (["s47"], "section 47 enquiries"),
        (["referral"], "referrals"),
    ]

    /// Measures of how well referrals are handled, which better identification does not push up.
    static let balancing: [[String]] = [["re", "referral"], ["rereferral"], ["no", "further", "action"], ["nfa"]]

    static func isSensitiveCount(_ indicator: Indicator) -> Bool {
        guard indicator.direction == .down else { return false }
        switch indicator.measure {
        case nil, "count"?, "rate"?: break
        default: return false
        }
        let words = Self.words(of: indicator)
        guard !balancing.contains(where: { contains(words, $0) }) else { return false }
        return subjects.contains { contains(words, $0.words) }
    }

    static func subject(of indicator: Indicator) -> String {
        let words = Self.words(of: indicator)
        return subjects.first { contains(words, $0.words) }?.name ?? "cases"
    }

    private static func words(of indicator: Indicator) -> [String] {
        [indicator.label, indicator.definition ?? "", indicator.unit ?? ""].joined(separator: " ").lowercased()
            .split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        // A word matches its plural too ("plan" and "plans").
        return (0...(words.count - phrase.count)).contains { start in
            zip(words[start..<(start + phrase.count)], phrase).allSatisfy { $0 == $1 || $0 == $1 + "s" }
        }
    }
}
