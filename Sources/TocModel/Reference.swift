import TocDiagnostics

/// A use of an id somewhere in the plan, with where it was written.
public struct Reference: Sendable, Hashable, Codable {
    public let id: NodeID
    public let range: SourceRange

    public init(id: NodeID, range: SourceRange) {
        self.id = id
        self.range = range
    }
}
