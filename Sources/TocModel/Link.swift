import TocDiagnostics

/// A causal link: `from` is expected to lead to `to`, if its assumptions hold.
public struct Link: Sendable, Hashable, Codable {
    public let from: Reference
    public let to: Reference
    /// Assumptions named with `assuming`.
    public let assumptions: [Reference]
    /// The `because` text: why this leads to that.
    public let rationale: String?
    /// The whole link statement it came from.
    public let statementRange: SourceRange

    public init(from: Reference, to: Reference, assumptions: [Reference], rationale: String?, statementRange: SourceRange) {
        self.from = from
        self.to = to
        self.assumptions = assumptions
        self.rationale = rationale
        self.statementRange = statementRange
    }

    /// The range from the source id to the target id, for pointing at this one link.
    public var range: SourceRange { from.range.union(to.range) }
}
