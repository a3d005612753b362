import TocDiagnostics

/// The plan as a whole: the `theory` declaration.
public struct TheoryHeader: Sendable, Hashable, Codable {
    public var title: String
    public var kind: TheoryKind?
    public var starts: PlanDate?
    public var ends: PlanDate?
    /// The framework id (`dfe-7x7`), when the plan names one.
    public var framework: String?
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
