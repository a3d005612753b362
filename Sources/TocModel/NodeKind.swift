import TocDiagnostics

/// The five kinds of element in the causal graph.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case input, activity, output, outcome, assumption

    /// "an activity", "an input".
    public var withArticle: String { Wording.withArticle(rawValue) }
}
