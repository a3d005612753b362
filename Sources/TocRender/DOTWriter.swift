import TocFramework
import TocModel

/// Writes a theory of change as Graphviz DOT: stages as columns left to right (inputs, activities, outputs,
/// immediate, intermediate and long-term outcomes), assumptions as notes beside what they qualify, a shape and
/// colour per kind, and a legend.
///
/// Layout technique: `newrank=true`, one `cluster_` per non-empty stage, and an invisible, heavily weighted spine
/// through one point per stage, which fixes the column order even when a stage is empty. Assumption notes share a
/// rank with the element they qualify (`rank=same`), so they stay in its column rather than drifting.
///
/// Output is deterministic (declaration order), so it can be compared with golden files. All text from the plan is
/// escaped (``DOTEscaping``).
public struct DOTWriter: Sendable {
    public struct Options: Sendable {
        /// Draw the legend under the title.
        public var legend: Bool
        /// List each outcome's indicators (baseline and targets) under its label.
        public var indicators: Bool
        public init(legend: Bool = true, indicators: Bool = false) {
            self.legend = legend
            self.indicators = indicators
        }
    }

    public let options: Options
    /// The plan's framework, for the names on badges (features on activities, framework outcomes on outcomes).
    public let framework: Framework?

    public init(options: Options = Options(), framework: Framework? = nil) {
        self.options = options
        self.framework = framework
    }

    public func write(_ model: TheoryModel) -> String {
        var out = DOTBuffer()
        out.line("digraph \"theory_of_change\" {")
        out.indent()
        header(model, &out)
        stages(model, &out)
        spine(model, &out)
        assumptions(model, &out)
        links(model, &out)
        out.dedent()
        out.line("}")
        return out.text
    }

    // MARK: - Sections

    private func header(_ model: TheoryModel, _ out: inout DOTBuffer) {
        let font = DOTEscaping.quoted(DiagramStyle.fontName)
        out.line("graph [rankdir=LR, newrank=true, compound=true, nodesep=0.25, ranksep=0.6, pad=0.3, fontname=\(font), fontsize=12, labelloc=t, labeljust=l];")
        out.line("node [fontname=\(font), fontsize=10, margin=\"0.12,0.06\"];")
        out.line("edge [fontname=\(font), fontsize=9, color=\"#4A5568\", arrowsize=0.7];")
        out.line("label=<\(titleTable(model))>;")
    }

    private func titleTable(_ model: TheoryModel) -> String {
        let withoutHorizon = model.nodes.values.contains { $0.kind == .outcome && $0.horizon == nil }
        let entries = DiagramStyle.legend + (withoutHorizon ? [("Outcome without a horizon", DiagramStyle.outcomeWithoutHorizon)] : [])
        let span = options.legend ? entries.count : 1
        var rows = "<tr><td align=\"left\" colspan=\"\(span)\"><font point-size=\"16\"><b>"
            + DOTEscaping.html(LabelWrapping.truncated(model.theory?.title ?? "Theory of change", to: LabelWrapping.maximumLength))
            + "</b></font></td></tr>"
        if let subtitle = subtitle(model) {
            rows += "<tr><td align=\"left\" colspan=\"\(span)\">\(DOTEscaping.html(subtitle))</td></tr>"
        }
        if options.legend {
            rows += "<tr>" + entries.map { name, style in
                "<td bgcolor=\"\(style.fill)\" color=\"\(style.border)\" border=\"1\" cellpadding=\"4\"><font point-size=\"9\">\(name)</font></td>"
            }.joined() + "</tr>"
        }
        return "<table border=\"0\" cellspacing=\"4\" cellpadding=\"2\">\(rows)</table>"
    }

    private func subtitle(_ model: TheoryModel) -> String? {
        guard let theory = model.theory else { return nil }
        var parts: [String] = []
        if let kind = theory.kind { parts.append(kind == .systemChange ? "System change" : "Targeted service") }
        switch (theory.starts, theory.ends) {
        case let (start?, end?): parts.append("\(start) to \(end)")
        case let (start?, nil): parts.append("from \(start)")
        case let (nil, end?): parts.append("until \(end)")
        case (nil, nil): break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// One cluster per stage, holding its spine point, its elements and the assumption notes anchored to them, all on
    /// one rank so the stage reads as a column. An empty stage says so ("none"), so a gap in the theory is visible.
    /// Outcomes without a horizon, and assumptions attached to no link, get boxes of their own at the end.
    private func stages(_ model: TheoryModel, _ out: inout DOTBuffer) {
        let nodes = Array(model.nodes.values)
        let anchors = assumptionAnchors(model)
        let assumptions = model.nodes(of: .assumption)
        func notes(anchoredIn members: [Node]) -> [Node] {
            let ids = Set(members.map(\.id))
            return assumptions.filter { anchors[$0.id].map(ids.contains) ?? false }
        }
        for stage in Stage.allCases {
            let members = nodes.filter { $0.stage == stage }
            out.line("subgraph \"cluster_\(stage)\" {")
            out.indent()
            out.line("label=\(DOTEscaping.quoted(stage.title)); style=\"rounded,filled\"; color=\"#D9DEE5\"; fillcolor=\"#F7F9FB\"; fontsize=11;")
            out.line("\(spinePoint(stage)) [shape=point, style=invis, width=0];")
            var ranked = [spinePoint(stage)]
            if members.isEmpty {
                let placeholder = "\"empty_\(stage)\""
                out.line("\(placeholder) [shape=plaintext, label=<<i>none</i>>, fontcolor=\"#718096\"];")
                ranked.append(placeholder)
            }
            let columnNodes = members + notes(anchoredIn: members)
            for node in columnNodes { element(node, &out) }
            ranked += columnNodes.map { DOTEscaping.quoted($0.id.rawValue) }
            out.line("{ rank=same; " + ranked.joined(separator: "; ") + "; }")
            out.dedent()
            out.line("}")
        }
        let unplaced = nodes.filter { $0.kind == .outcome && $0.horizon == nil }
        if !unplaced.isEmpty {
            box("cluster_no_horizon", title: "Outcomes without a horizon", members: unplaced + notes(anchoredIn: unplaced), &out)
        }
        let unattached = assumptions.filter { anchors[$0.id] == nil }
        if !unattached.isEmpty {
            box("cluster_unattached", title: "Assumptions not attached to any link", members: unattached, &out)
        }
    }

    /// A dashed box for elements that have no column.
    private func box(_ name: String, title: String, members: [Node], _ out: inout DOTBuffer) {
        out.line("subgraph \"\(name)\" {")
        out.indent()
        out.line("label=\(DOTEscaping.quoted(title)); style=\"rounded,dashed\"; color=\"#A0AEC0\"; fontsize=11;")
        for node in members { element(node, &out) }
        out.dedent()
        out.line("}")
    }

    /// Each attached assumption's anchor: the target of the first link that names it.
    private func assumptionAnchors(_ model: TheoryModel) -> [NodeID: NodeID] {
        var anchor: [NodeID: NodeID] = [:]
        for link in model.links {
            for assumption in link.assumptions where anchor[assumption.id] == nil && model[assumption.id] != nil {
                anchor[assumption.id] = link.to.id
            }
        }
        return anchor
    }

    /// The invisible chain through the stages' points that fixes the column order.
    private func spine(_ model: TheoryModel, _ out: inout DOTBuffer) {
        out.line(Stage.allCases.map(spinePoint).joined(separator: " -> ") + " [style=invis, weight=100];")
    }

    private func spinePoint(_ stage: Stage) -> String {
        "\"spine_\(stage)\""
    }

    private func element(_ node: Node, _ out: inout DOTBuffer) {
        let style = DiagramStyle.of(node)
        let label = labelHTML(for: node)
        let tooltip = LabelWrapping.truncated(node.description.map { "\(node.label): \($0)" } ?? node.label, to: LabelWrapping.maximumTooltipLength)
        out.line(
            "\(DOTEscaping.quoted(node.id.rawValue)) [id=\(DOTEscaping.quoted("node-\(node.id.rawValue)")), "
                + "label=<\(label)>, tooltip=\(DOTEscaping.tooltip(tooltip)), shape=\(style.shape), "
                + "style=\(DOTEscaping.quoted(style.style)), fillcolor=\"\(style.fill)\", color=\"\(style.border)\", "
                + "penwidth=\(format(style.penWidth))];"
        )
    }

    /// The dotted line from each anchored assumption note to the element it qualifies.
    private func assumptions(_ model: TheoryModel, _ out: inout DOTBuffer) {
        let anchors = assumptionAnchors(model)
        for node in model.nodes(of: .assumption) {
            guard let target = anchors[node.id] else { continue }
            out.line("\(DOTEscaping.quoted(node.id.rawValue)) -> \(DOTEscaping.quoted(target.rawValue)) [style=dotted, arrowhead=none, color=\"#9C7A00\"];")
        }
    }

    /// Causal links (solid, with their `because` as a tooltip) and `uses` edges from inputs (dashed).
    private func links(_ model: TheoryModel, _ out: inout DOTBuffer) {
        var seen: Set<String> = []
        for link in model.links {
            let key = "\(link.from.id)\u{0}\(link.to.id)"
            guard seen.insert(key).inserted else { continue }
            var attributes = ["id=\(DOTEscaping.quoted("link-\(link.from.id)-\(link.to.id)"))"]
            if let rationale = link.rationale {
                attributes.append("tooltip=\(DOTEscaping.tooltip(LabelWrapping.truncated(rationale, to: LabelWrapping.maximumTooltipLength)))")
            }
            if !link.assumptions.isEmpty {
                attributes.append("penwidth=1.4")
            }
            out.line("\(DOTEscaping.quoted(link.from.id.rawValue)) -> \(DOTEscaping.quoted(link.to.id.rawValue)) [\(attributes.joined(separator: ", "))];")
        }
        for activity in model.nodes(of: .activity) {
            for use in activity.uses where model[use.id]?.kind == .input {
                let key = "\(use.id)\u{0}\(activity.id)"
                guard seen.insert(key).inserted else { continue }
                out.line("\(DOTEscaping.quoted(use.id.rawValue)) -> \(DOTEscaping.quoted(activity.id.rawValue)) [style=dashed, color=\"#718096\", arrowhead=empty];")
            }
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Accumulates indented DOT lines.
struct DOTBuffer {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String) {
        for _ in 0..<depth { text += "  " }
        text += content
        text += "\n"
    }

    mutating func indent() { depth += 1 }
    mutating func dedent() { depth -= 1 }
}
