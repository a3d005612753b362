import TocDiagnostics

/// The plan as a whole: the `theory` declaration.
public struct TheoryHeader: Sendable, Hashable, Codable {
    public var title: String
    public var kind: TheoryKind?
    public var starts: PlanDate?
    public var ends: PlanDate?
    /// When the evaluation runs: outcomes expected after it ends cannot be evaluated.
    public var evaluation: TimeWindow?
    /// The framework id (`dfe-7x7`), or the path of a framework file (`"our-framework.yml"`), when the plan names one.
    public var framework: String?
    /// Whether `framework` is a file's path (written in quotes) rather than the id of a framework that comes with toc.
    public var frameworkIsFile = false
    /// Where the framework's id or path is written, for messages about it.
    public var frameworkRange: SourceRange?
    public var description: String?
    public var range: SourceRange

    public init(title: String, range: SourceRange) {
        self.title = title
        self.range = range
    }
}

/// Who the project works with.
public struct Cohort: Sendable, Hashable, Codable {
    public let id: NodeID
    public var label: String
    public var size: Int?
    public var recruit: Int?
    /// When recruitment happens (`recruit 360 from month 3 to month 12`).
    public var recruitment: TimeWindow?
    public var eligibility: String?
    public var description: String?
    public var range: SourceRange

    public init(id: NodeID, label: String, range: SourceRange) {
        self.id = id
        self.label = label
        self.range = range
    }
}

/// Something that could break the plan.
public struct Risk: Sendable, Hashable, Codable {
    public let id: NodeID
    public var label: String
    public var likelihood: Level?
    public var impact: Level?
    public var mitigation: String?
    public var affects: [Reference] = []
    public var description: String?
    public var range: SourceRange

    public init(id: NodeID, label: String, range: SourceRange) {
        self.id = id
        self.label = label
        self.range = range
    }
}

/// One line of a `rules` block: a rule and the setting the plan gives it (`skipped-stage off`).
public struct RuleSetting: Sendable, Hashable {
    public let ruleID: String
    /// The setting as written (`error`, `warning`, `info`, `off`), or nil when none was given.
    public let value: String?
    /// The whole line, and the value alone, for messages.
    public let range: SourceRange
    public let valueRange: SourceRange

    public init(ruleID: String, value: String?, range: SourceRange, valueRange: SourceRange) {
        self.ruleID = ruleID
        self.value = value
        self.range = range
        self.valueRange = valueRange
    }
}

/// The plan's answers for one row of the Audit of Service (Rees Centre thematic report, appendix 1).
public struct AuditAnswer: Sendable, Hashable, Codable {
    /// The row's id (`data`, `leadership`…).
    public let row: String
    public var label: String?
    public var now: String?
    public var needs: String?
    public var progress: String?
    public var range: SourceRange

    public init(row: String, label: String?, range: SourceRange) {
        self.row = row
        self.label = label
        self.range = range
    }
}
