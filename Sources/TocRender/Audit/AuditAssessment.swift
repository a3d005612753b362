import TocChecks
import TocDiagnostics
import TocModel

/// Works out, for each row of the Audit of Service, what the plan's model shows: sentences of evidence ("360 sought
/// for a cohort of 300, 20% above"), the findings of the rules that bear on the row, and a status.
///
/// The status rule: a finding at warning or error on one of the row's rules, or a computed shortfall, makes the row
/// "Needs attention"; computed support makes it "Evidenced in the plan"; where nothing can be computed, the row is
/// "Answered by the plan" if the plan answers it and "Not answered" if not.
struct AuditAssessment {
    /// What the model says about a row, before the findings are weighed.
    enum Signal {
        case support, shortfall, nothing
    }

    let model: TheoryModel
    let graph: CausalGraph
    let timeline: Timeline

    init(model: TheoryModel) {
        self.model = model
        graph = CausalGraph(model)
        timeline = Timeline(model)
    }

    /// The rules whose findings bear on each row.
    static let relatedRules: [String: [String]] = [
        "evidence": ["training-only-pathway"],
        "leadership": ["no-leadership-risk"],
        "engagement": ["no-planning-phase"],
        "population": ["cohort-too-small"],
        "recruitment": ["recruitment-not-above-need"],
        "data": ["outcome-without-indicator", "incomplete-indicator", "no-baseline-possible", "data-sharing-too-late", "unmeasured-pathway"],
        "comparators": ["impact-without-comparator", "underpowered-comparison", "savings-without-causal-design"],
        "lead-in": ["short-lead-in"],
        "flexibility": ["no-embedding-phase", "system-change-horizon", "unmonitored-assumption"],
    ]

    /// Every row of the checklist, with the plan's answers, evidence, related findings and status.
    func rows(findings: [AuditFinding], suppressed: [AuditSuppressedFinding]) -> [AuditChecklistRow] {
        AuditOfService.rows.map { row in
            let answers = model.audits.filter { $0.row.lowercased() == row.id }
            let first = answers.first
            let (signal, evidence) = assess(row.id)
            let rules = Set(Self.relatedRules[row.id] ?? [])
            let related = findings.filter { rules.contains($0.ruleID) }
            let setAside = suppressed.filter { rules.contains($0.ruleID) }.map { finding -> AuditText in
                "\(code: finding.ruleID) at line \(finding.location.line): \(finding.reason ?? "no reason given")"
            }
            let answered = first.map { [$0.now, $0.needs, $0.progress].contains { !($0 ?? "").isEmpty } } ?? false
            let status: AuditStatus
            if related.contains(where: { $0.severity >= .warning }) || signal == .shortfall {
                status = .attention
            } else if signal == .support {
                status = .evidenced
            } else {
                status = answered ? .answered : .notAnswered
            }
            return AuditChecklistRow(
                row: row, now: Self.answer(first?.now), needs: Self.answer(first?.needs), progress: Self.answer(first?.progress),
                answerLine: first.map { model.file.location(of: $0.range.start).line },
                repeatedAnswerLines: answers.dropFirst().map { model.file.location(of: $0.range.start).line },
                status: status, evidence: evidence, findings: related.map(\.number), setAside: setAside
            )
        }
    }

    /// `audit` blocks whose row name is not one of the checklist's, with the row the name is closest to.
    func unrecognisedAnswers() -> [AuditUnrecognisedAnswer] {
        model.audits.filter { AuditOfService.row(id: $0.row) == nil }.map { answer in
            AuditUnrecognisedAnswer(
                row: answer.row, line: model.file.location(of: answer.range.start).line,
                suggestion: Suggestions.closest(to: answer.row, among: AuditOfService.rows.map(\.id))
            )
        }
    }

    private static func answer(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    private func assess(_ row: String) -> (Signal, [AuditText]) {
        switch row {
        case "evidence": evidenceBase()
        case "capacity": capacity()
        case "leadership": leadership()
        case "engagement": engagement()
        case "population": population()
        case "recruitment": recruitment()
        case "multi-professional": multiProfessional()
        case "data": data()
        case "comparators": comparators()
        case "researchers": researchers()
        case "lead-in": leadIn()
        case "flexibility": flexibility()
        default: (.nothing, [])
        }
    }

    // MARK: - Helpers for the row assessments

    /// Risks and assumptions whose words mention any of `words` (lower case), in plan order.
    func risksAndAssumptions(mentioning words: [String]) -> [AuditText] {
        func mentions(_ texts: [String?]) -> Bool {
            texts.contains { text in
                guard let lowered = text?.lowercased() else { return false }
                return words.contains { lowered.contains($0) }
            }
        }
        let risks = model.risks.filter { mentions([$0.label, $0.description, $0.mitigation]) }.map { risk -> AuditText in
            var details: [String] = []
            if let impact = risk.impact { details.append("\(impact.rawValue) impact") }
            details.append(risk.mitigation == nil ? "no mitigation" : "with a mitigation")
            return "\(code: risk.id.rawValue) (risk, \(details.joined(separator: ", ")))"
        }
        let assumptions = model.nodes(of: .assumption).filter { mentions([$0.label, $0.description]) }.map { node -> AuditText in
            "\(code: node.id.rawValue) (assumption, \(node.evidence.map { "\($0.rawValue) evidence" } ?? "evidence not stated"))"
        }
        return risks + assumptions
    }

    /// "`a` (risk, high impact), `b` (assumption…)": a list of sentences joined into one.
    static func joined(_ parts: [AuditText]) -> AuditText {
        var pieces: [AuditText.Piece] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { pieces.append(.text(index == parts.count - 1 ? " and " : ", ")) }
            pieces += part.pieces
        }
        return AuditText(pieces)
    }

    /// "1 activity", "3 activities".
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}

/// An `audit` block whose row name is not one of the checklist's.
public struct AuditUnrecognisedAnswer: Sendable, Hashable {
    /// The row name as written.
    public let row: String
    public let line: Int
    /// The checklist row it is closest to, if any is close.
    public let suggestion: String?
}
