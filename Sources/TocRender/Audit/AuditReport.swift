import TocChecks
import TocDiagnostics
import TocFramework
import TocModel

/// The funder's view of a plan, as a document: the header, the summary and verdict, the Audit of Service checklist
/// with the plan's answers and what its model shows, every finding grouped by severity, the coverage matrices and the
/// indicator plan, and the findings the plan set aside.
///
/// Built once from a checked plan; ``AuditMarkdown`` and ``AuditHTML`` write it. The diagram is drawn separately
/// (it needs Graphviz) and handed to the writers.
public struct AuditReport: Sendable {
    /// What the plan is: title, kind, dates, cohorts.
    public let header: AuditHeader
    /// The counts, coverage and verdict.
    public let summary: AuditSummary
    /// The 12 rows of the Audit of Service, in order.
    public let checklist: [AuditChecklistRow]
    /// `audit` blocks whose row name the checklist does not have.
    public let unrecognisedAnswers: [AuditUnrecognisedAnswer]
    /// Every finding that stands, errors first, then warnings, then notes; each in the order of the plan.
    public let findings: [AuditFinding]
    /// The findings the plan set aside, in the order of the plan.
    public let suppressed: [AuditSuppressedFinding]
    /// Framework coverage and the indicator plan (the report of `toc coverage`).
    public let coverage: CoverageReport
    /// The diagram in words.
    public let outline: AuditOutline
    /// Each element of the diagram with findings, and the number of its first finding (its anchor is `finding-<n>`).
    public let elementFindings: [NodeID: Int]

    /// - Parameters:
    ///   - diagnostics: every finding that stands (the parser's, the model's and the rules'), as ``Checker`` left them.
    ///   - suppressed: the findings the plan set aside with `# toc-ignore:`.
    public init(model: TheoryModel, framework: Framework?, diagnostics: [Diagnostic], suppressed: [Checker.SuppressedFinding]) {
        header = AuditHeader(model: model, framework: framework)
        var ordered: [Diagnostic] = []
        for severity in Severity.allCases.sorted(by: >) {
            ordered += diagnostics.filter { $0.severity == severity }.sortedForDisplay()
        }
        findings = ordered.enumerated().map { AuditFinding(number: $0.offset + 1, diagnostic: $0.element, model: model) }
        self.suppressed = suppressed.map { AuditSuppressedFinding($0, in: model.file) }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        coverage = CoverageReport(model: model, framework: framework)
        outline = AuditOutline(model: model)
        let assessment = AuditAssessment(model: model)
        checklist = assessment.rows(findings: findings, suppressed: self.suppressed)
        unrecognisedAnswers = assessment.unrecognisedAnswers()
        var first: [NodeID: Int] = [:]
        for finding in findings {
            if let element = finding.element, first[element] == nil { first[element] = finding.number }
        }
        elementFindings = first
        summary = AuditSummary(findings: findings, suppressed: suppressed.count, coverage: coverage.total, checklist: checklist)
    }

    /// The findings of one severity, in order.
    public func findings(_ severity: Severity) -> [AuditFinding] {
        findings.filter { $0.severity == severity }
    }
}

/// The top of the report: what the plan is, when it runs and whom it works with.
public struct AuditHeader: Sendable, Hashable {
    /// The plan's title, or "Untitled theory of change".
    public let title: String
    /// The plan file, as given.
    public let file: String
    public let kind: TheoryKind?
    /// The plan's `starts` and `ends` dates.
    public let starts: PlanDate?
    public let ends: PlanDate?
    /// The evaluation's window, with `month N` resolved where the plan has a start.
    public let evaluation: String?
    public let description: String?
    /// The framework the plan reports against, when it could be loaded.
    public let framework: FrameworkSummary?
    /// The plan's cohorts, in order.
    public let cohorts: [Cohort]

    init(model: TheoryModel, framework: Framework?) {
        let theory = model.theory
        title = theory?.title ?? "Untitled theory of change"
        file = model.file.path
        kind = theory?.kind
        starts = theory?.starts
        ends = theory?.ends
        description = theory?.description
        self.framework = framework.map { FrameworkSummary(id: $0.id, name: $0.name) }
        cohorts = model.cohorts
        let timeline = Timeline(model)
        evaluation = theory?.evaluation.flatMap { window in
            let start = timeline.date(window.start).map(Timeline.describe)
            let end = timeline.date(window.end).map(Timeline.describe)
            switch (start, end) {
            case let (start?, end?): return "\(start) to \(end)"
            case let (start?, nil): return "from \(start)"
            case let (nil, end?): return "until \(end)"
            case (nil, nil): return nil
            }
        }
    }

    /// "System change", "Targeted service", or "Kind not stated".
    public var kindTitle: String {
        switch kind {
        case .systemChange: "System change"
        case .targetedService: "Targeted service"
        case nil: "Kind not stated"
        }
    }

    /// "August 2017 to March 2020", "from August 2017", or "Dates not stated".
    public var dates: String {
        let start = starts.map(Timeline.describe)
        let end = ends.map(Timeline.describe)
        switch (start, end) {
        case let (start?, end?): return "\(start) to \(end)"
        case let (start?, nil): return "from \(start)"
        case let (nil, end?): return "until \(end)"
        case (nil, nil): return "Dates not stated"
        }
    }

    /// "size 300, recruiting 360", "size not stated".
    public static func size(of cohort: Cohort) -> String {
        (cohort.size.map { "size \($0)" } ?? "size not stated") + (cohort.recruit.map { ", recruiting \($0)" } ?? "")
    }
}
