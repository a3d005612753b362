import TocChecks
import TocDiagnostics

/// The line a funder reads first: the counts of findings, the indicator coverage, the checklist, and a verdict.
public struct AuditSummary: Sendable, Hashable {
    /// Findings that stand, by severity.
    public let errors: Int
    public let warnings: Int
    public let notes: Int
    /// Findings the plan set aside with `# toc-ignore:`.
    public let suppressed: Int
    /// All the plan's outcomes, and how many have a complete indicator.
    public let coverage: StageCoverage
    /// Checklist rows the plan answers (any of the three questions), of 12.
    public let answeredRows: Int
    /// Checklist rows by status.
    public let rowsByStatus: [AuditStatus: Int]
    /// Ready for review, or needs work (``AuditVerdict/rule``).
    public let verdict: AuditVerdict

    init(findings: [AuditFinding], suppressed: Int, coverage: StageCoverage, checklist: [AuditChecklistRow]) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        notes = findings.count { $0.severity == .info }
        self.suppressed = suppressed
        self.coverage = coverage
        answeredRows = checklist.count(where: \.isAnswered)
        var byStatus: [AuditStatus: Int] = [:]
        for row in checklist { byStatus[row.status, default: 0] += 1 }
        rowsByStatus = byStatus
        verdict = AuditVerdict(errors: errors, warnings: warnings)
    }

    /// "2 errors, 1 warning, 3 notes" (every count, zeros included).
    public var counts: String {
        let parts = [(errors, "error"), (warnings, "warning"), (notes, "note")].map { count, word in
            "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        return parts.joined(separator: ", ")
    }

    /// "4 of 9 outcomes (44%) have a complete indicator", or "the plan has no outcomes".
    public var coverageLine: String {
        guard coverage.outcomes > 0 else { return "the plan has no outcomes to measure" }
        return "\(coverage.measured) of \(coverage.outcomes) outcome\(coverage.outcomes == 1 ? "" : "s") (\(coverage.percentage)) "
            + "\(coverage.measured == 1 ? "has" : "have") a complete indicator"
    }

    /// "8 of 12 checklist rows answered, 3 need attention".
    public var checklistLine: String {
        let attention = rowsByStatus[.attention] ?? 0
        return "\(answeredRows) of \(AuditOfService.rows.count) checklist rows answered by the plan, \(attention) "
            + "need\(attention == 1 ? "s" : "") attention"
    }

    /// The whole summary in one line: verdict, findings, coverage, checklist.
    public var line: String {
        "\(verdict.title): \(detail)"
    }

    /// The summary without the verdict: "0 errors, 1 warning, 2 notes; 4 of 9 outcomes… answered, 3 need attention."
    public var detail: String {
        "\(counts); \(coverageLine); \(checklistLine)."
    }
}

/// Whether the plan is ready for a funder's review.
public enum AuditVerdict: String, Sendable, Hashable {
    case ready
    case needsWork = "needs-work"

    /// The rule, stated in the report beside the verdict.
    public static let rule = "Ready for review means no errors and no warnings, as `toc check --strict` requires. "
        + "Notes, the checklist and the coverage figures are for the reviewer to weigh."

    init(errors: Int, warnings: Int) {
        self = errors == 0 && warnings == 0 ? .ready : .needsWork
    }

    /// "Ready for review", "Needs work before funding".
    public var title: String {
        switch self {
        case .ready: "Ready for review"
        case .needsWork: "Needs work before funding"
        }
    }
}
