import TocModel

/// One row of the Audit of Service checklist for a plan: the condition, the plan's own answers, and what the model
/// shows about it.
public struct AuditChecklistRow: Sendable, Hashable {
    /// The row of the Audit of Service.
    public let row: AuditRow
    /// The plan's answers to "What happens now in your service?", "What needs to happen?" and "How will you progress
    /// this?"; nil where the plan does not answer.
    public let now: String?
    public let needs: String?
    public let progress: String?
    /// Where the plan's `audit` block for this row is (line), when it has one.
    public let answerLine: Int?
    /// Lines of further `audit` blocks for the same row (only the first is shown).
    public let repeatedAnswerLines: [Int]
    /// What the model and the findings say, in one word (see ``AuditStatus``).
    public let status: AuditStatus
    /// What the model shows, sentence by sentence ("360 sought for a cohort of 300, 20% above").
    public let evidence: [AuditText]
    /// The numbers of the report's findings that bear on this row (their anchors are `finding-<n>`).
    public let findings: [Int]
    /// Findings on this row's rules that the plan set aside, as "`rule-id`: reason".
    public let setAside: [AuditText]

    /// Whether the plan gives any answer for the row.
    public var isAnswered: Bool { [now, needs, progress].contains { $0 != nil } }
    /// Whether it answers all three questions.
    public var isFullyAnswered: Bool { now != nil && needs != nil && progress != nil }
}

/// The automatic status of a checklist row.
public enum AuditStatus: String, Sendable, Hashable, CaseIterable {
    /// The model shows the condition is planned for.
    case evidenced
    /// The model shows a gap: a finding (warning or error) on the row's rules, or a computed shortfall.
    case attention
    /// Nothing in the model bears on it either way; the plan answers it in its own words.
    case answered
    /// Nothing in the model bears on it, and the plan does not answer it.
    case notAnswered = "not-answered"

    /// "Evidenced in the plan", "Needs attention"…
    public var title: String {
        switch self {
        case .evidenced: "Evidenced in the plan"
        case .attention: "Needs attention"
        case .answered: "Answered by the plan"
        case .notAnswered: "Not answered"
        }
    }

    /// What the status means, for the report's key.
    public var meaning: String {
        switch self {
        case .evidenced: "the plan's model shows this condition is planned for"
        case .attention: "a check found a warning or error here, or the model shows a shortfall"
        case .answered: "nothing in the model can be checked; the plan answers in its own words"
        case .notAnswered: "nothing in the model can be checked, and the plan gives no answer"
        }
    }
}
