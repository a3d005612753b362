import TocChecks
import TocDiagnostics
import TocModel

/// A finding as the audit shows it: where it is (file, line, column), what it says, the hint, and the evidence the
/// rule rests on.
public struct AuditFinding: Sendable, Hashable {
    /// Its number in the report, from 1, in the order shown (errors, then warnings, then notes); its anchor is
    /// `finding-<number>`.
    public let number: Int
    /// The rule's id (`short-lead-in`), or the id of a problem the parser or model builder found.
    public let ruleID: String
    /// As configured for the plan (its `rules` block and any `toc.config`).
    public let severity: Severity
    /// Where it starts.
    public let location: AuditLocation
    /// What is wrong, in a sentence; ids in backticks.
    public let message: String
    /// What to do about it.
    public let hint: String?
    /// Other places it points at, such as the first definition of a duplicated id.
    public let notes: [AuditNote]
    /// What the rule is for, from the rule catalogue; nil for problems of the text itself.
    public let ruleSummary: String?
    /// The rule's evidence and where it comes from: "finding" (report [000:828]).
    public let citation: String?
    /// The element of the diagram it is about (the declaration it is in), if any.
    public let element: NodeID?
    /// The line of the plan it points at, as written.
    public let sourceLine: String

    /// The anchor of this finding in the HTML report.
    public var anchor: String { "finding-\(number)" }

    init(number: Int, diagnostic: Diagnostic, model: TheoryModel) {
        self.number = number
        ruleID = diagnostic.id
        severity = diagnostic.severity
        let file = model.file
        location = AuditLocation(diagnostic.range, in: file)
        message = diagnostic.message
        hint = diagnostic.hint
        notes = diagnostic.notes.map { AuditNote(message: $0.message, location: AuditLocation($0.range, in: file)) }
        let rule = RuleRegistry.rule(id: diagnostic.id)
        ruleSummary = rule?.summary
        citation = rule?.evidence?.citation
        element = Self.element(containing: diagnostic.range.start, in: model)
        sourceLine = file.lineText(location.line)
    }

    /// The declaration a position falls in: an element's, or (for an indicator) its outcome's or assumption's.
    static func element(containing offset: Int, in model: TheoryModel) -> NodeID? {
        model.nodes.values.first { node in
            node.declarationRange.start <= offset && offset < max(node.declarationRange.end, node.declarationRange.start + 1)
        }?.id
    }
}

/// A position in the plan, for people: `plan.toc:12:3`.
public struct AuditLocation: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    init(_ range: SourceRange, in file: SourceFile) {
        let start = file.location(of: range.start)
        path = file.path
        line = start.line
        column = start.column
    }

    /// `plan.toc:12:3`.
    public var description: String { "\(path):\(line):\(column)" }
}

/// A secondary place a finding points at.
public struct AuditNote: Sendable, Hashable {
    public let message: String
    public let location: AuditLocation
}

/// A finding the plan set aside with `# toc-ignore:`, and the plan's reason.
public struct AuditSuppressedFinding: Sendable, Hashable {
    public let ruleID: String
    public let severity: Severity
    public let location: AuditLocation
    public let message: String
    /// The reason written after the rule ids; nil when the plan gave none.
    public let reason: String?
    /// Where the `toc-ignore` comment is.
    public let suppressionLocation: AuditLocation

    init(_ suppressed: Checker.SuppressedFinding, in file: SourceFile) {
        ruleID = suppressed.finding.id
        severity = suppressed.finding.severity
        location = AuditLocation(suppressed.finding.range, in: file)
        message = suppressed.finding.message
        reason = suppressed.suppression.reason
        suppressionLocation = AuditLocation(suppressed.suppression.range, in: file)
    }
}

extension Severity {
    /// "Errors", "Warnings", "Notes": the heading of a group of findings.
    var groupTitle: String {
        switch self {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Notes"
        }
    }

    /// "error", "warning", "note": one finding's severity, in words.
    var word: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
