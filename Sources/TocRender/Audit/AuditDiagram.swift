import TocModel

/// The diagram as the audit writers receive it: drawn by Graphviz outside this module (the façade does that).
public enum AuditDiagram: Sendable, Hashable {
    /// SVG to inline in the HTML, already passed through ``InlineDiagram/prepare(_:title:links:descriptionID:)``.
    case inlineSVG(String)
    /// An image file beside the Markdown, by its path relative to the Markdown file.
    case file(String)
    /// No diagram, and why (Graphviz failed; the Markdown went to standard output).
    case unavailable(String)
}

/// The diagram in words: each column's elements, what each leads to, and the assumptions. The text alternative to
/// the drawing, for screen readers, for the Markdown and for anyone who cannot see the picture.
public struct AuditOutline: Sendable, Hashable {
    /// One column of the diagram (or the assumptions).
    public struct Group: Sendable, Hashable {
        public let title: String
        public let elements: [Element]
    }

    /// An element, with the ids it leads to (for an assumption, the links it qualifies, as "from → to").
    public struct Element: Sendable, Hashable {
        public let id: String
        public let label: String
        public let leadsTo: [String]
        public let qualifies: [String]
    }

    /// Columns in order (inputs, activities, outputs, immediate, intermediate, long-term), then outcomes without a
    /// horizon and assumptions, when there are any. Empty columns are included, so gaps are visible.
    public let groups: [Group]

    /// The outline of a plan's diagram.
    public init(model: TheoryModel) {
        var targets: [NodeID: [String]] = [:]
        for link in model.links where !(targets[link.from.id] ?? []).contains(link.to.id.rawValue) {
            targets[link.from.id, default: []].append(link.to.id.rawValue)
        }
        for activity in model.nodes(of: .activity) {
            for use in activity.uses where model[use.id]?.kind == .input && !(targets[use.id] ?? []).contains(activity.id.rawValue) {
                targets[use.id, default: []].append(activity.id.rawValue)
            }
        }
        var qualified: [NodeID: [String]] = [:]
        for link in model.links {
            for assumption in link.assumptions {
                let step = "\(link.from.id) → \(link.to.id)"
                if !(qualified[assumption.id] ?? []).contains(step) { qualified[assumption.id, default: []].append(step) }
            }
        }
        func element(_ node: Node) -> Element {
            Element(id: node.id.rawValue, label: node.label, leadsTo: targets[node.id] ?? [], qualifies: qualified[node.id] ?? [])
        }
        var groups = Stage.allCases.map { stage in
            Group(title: stage.title, elements: model.nodes.values.filter { $0.stage == stage }.map(element))
        }
        let unplaced = model.nodes.values.filter { $0.kind == .outcome && $0.horizon == nil }
        if !unplaced.isEmpty { groups.append(Group(title: "Outcomes without a horizon", elements: unplaced.map(element))) }
        let assumptions = model.nodes(of: .assumption)
        if !assumptions.isEmpty { groups.append(Group(title: "Assumptions", elements: assumptions.map(element))) }
        self.groups = groups
    }

    /// "Inputs: 4, Activities: 8, Outputs: 2…", for the columns that have elements.
    public var counts: String {
        let filled = groups.filter { !$0.elements.isEmpty }
        guard !filled.isEmpty else { return "no elements" }
        return filled.map { "\($0.title): \($0.elements.count)" }.joined(separator: ", ")
    }
}
