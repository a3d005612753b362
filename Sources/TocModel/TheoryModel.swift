import OrderedCollections
import TocDiagnostics

/// A checked, typed theory of change: the graph of inputs, activities, outputs, outcomes and assumptions, with
/// cohorts, risks, audit answers and indicators, every entity with its source range.
///
/// Name resolution problems are recorded here (``duplicates``, ``unresolved``) rather than reported, so that the
/// checks stage reports them as rules like any other finding.
public struct TheoryModel: Sendable {
    public let file: SourceFile
    public var theory: TheoryHeader?
    /// Elements of the causal graph, in the order they were declared.
    public var nodes: OrderedDictionary<NodeID, Node> = [:]
    public var links: [Link] = []
    public var cohorts: [Cohort] = []
    public var risks: [Risk] = []
    public var audits: [AuditAnswer] = []
    /// Rule settings from the plan's `rules` block.
    public var ruleSettings: [RuleSetting] = []
    /// Ids declared more than once.
    public var duplicates: [DuplicateDefinition] = []
    /// References to ids that do not exist, or name the wrong kind of element.
    public var unresolved: [UnresolvedReference] = []
    /// Ids in link statements that lost a link to an unresolved id. Rules about connections leave these alone: the
    /// unresolved id is the problem to report.
    public var incompleteLinkEnds: Set<NodeID> = []
    /// Assumptions named by any link statement's `assuming`, even one whose ends did not resolve.
    public var namedAssumptions: Set<NodeID> = []
    /// Every declared id (nodes, indicators, cohorts, risks) with what it is and where.
    public var definitions: [NodeID: Definition] = [:]

    public init(file: SourceFile) {
        self.file = file
    }

    public subscript(id: NodeID) -> Node? { nodes[id] }

    /// The column of an element, read in place: rules that look at both ends of every link use this rather than
    /// copying two elements (large values) per link.
    public func stage(of id: NodeID) -> Stage? {
        guard let index = nodes.index(forKey: id) else { return nil }
        let all = nodes.values.elements
        return all[index].stage
    }

    /// Nodes of one kind, in declaration order.
    ///
    /// Reads each element's kind in place, so only the matching elements are copied (rules call this often, and an
    /// element is a large value).
    public func nodes(of kind: NodeKind) -> [Node] {
        let all = nodes.values.elements
        var matching: [Node] = []
        for index in all.indices where all[index].kind == kind { matching.append(all[index]) }
        return matching
    }

    /// All indicators, of outcomes and of assumptions.
    public var indicators: [Indicator] {
        let all = nodes.values.elements
        var indicators: [Indicator] = []
        for index in all.indices where !all[index].indicators.isEmpty { indicators += all[index].indicators }
        return indicators
    }

    /// What an id names and where it was declared.
    public struct Definition: Sendable, Hashable {
        /// "activity", "cohort", "indicator"…
        public let kind: String
        public let range: SourceRange
    }
}

/// An id declared twice.
public struct DuplicateDefinition: Sendable, Hashable {
    public let id: NodeID
    public let first: TheoryModel.Definition
    public let second: TheoryModel.Definition
}

/// A reference that does not resolve to an element of the expected kind.
public struct UnresolvedReference: Sendable, Hashable {
    public let reference: Reference
    /// Where the id was used, in words: "a link", "`uses`", "`assuming`", "`affects`".
    public let context: String
    /// Kinds that would have been right here ("input", "cohort"…).
    public let expected: [String]
    /// When the id exists but names something else: what it names ("outcome", "cohort").
    public let foundKind: String?
}
