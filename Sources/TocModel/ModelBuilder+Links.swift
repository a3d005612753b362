import TocDiagnostics
import TocLang

extension ModelBuilder {
    /// The kinds a link may join. Assumptions qualify links (`assuming`) rather than being links' ends.
    public static let linkableKinds: [NodeKind] = [.input, .activity, .output, .outcome]

    /// Expands a link statement into one link per pair of ids in consecutive groups (`a, b -> c` is two links).
    /// Links whose ends do not resolve are recorded as unresolved and left out of the graph.
    mutating func addLinks(_ statement: LinkStatement) {
        var assumptions: [Reference] = []
        var rationale: String?
        for detail in statement.details {
            var reader = ValueReader(detail)
            switch detail.name.text {
            case "assuming": assumptions += reader.references()
            case "because": rationale = reader.text()
            default: break
            }
            reader.finish()
            diagnostics += reader.diagnostics
        }
        for assumption in assumptions {
            resolve(assumption, context: "`assuming`", expected: [.assumption])
        }
        model.namedAssumptions.formUnion(assumptions.map(\.id))
        var resolved: [SourceRange: Bool] = [:]
        for token in statement.groups.joined() {
            resolved[token.range] = resolve(Reference(id: NodeID(token.text), range: token.range), context: "a link", expected: Self.linkableKinds)
        }
        // A statement with an unresolved end lost some of its links: its other ends may look unconnected only
        // because of that slip.
        if resolved.values.contains(false) {
            model.incompleteLinkEnds.formUnion(statement.groups.joined().map { NodeID($0.text) })
        }
        for (sources, targets) in zip(statement.groups, statement.groups.dropFirst()) {
            for source in sources where resolved[source.range] == true {
                for target in targets where resolved[target.range] == true {
                    guard admitsLink(statement) else { return }
                    model.links.append(Link(
                        from: Reference(id: NodeID(source.text), range: source.range),
                        to: Reference(id: NodeID(target.text), range: target.range),
                        assumptions: assumptions, rationale: rationale, statementRange: statement.range
                    ))
                }
            }
        }
    }

    /// Checks the references held by elements (`uses`, `affects`), now that every id is declared.
    mutating func resolveReferences() {
        for node in model.nodes.values {
            for use in node.uses {
                resolve(use, context: "`uses`", expected: [.input])
            }
        }
        for risk in model.risks {
            for affected in risk.affects {
                resolve(affected, context: "`affects`", expected: NodeKind.allCases)
            }
        }
        let cohorts = Set(model.cohorts.map(\.id))
        for indicator in model.indicators {
            if let heldBy = indicator.heldBy {
                resolve(heldBy, context: "`held-by`", expected: [.input])
            }
            if let cohort = indicator.cohort, !cohorts.contains(cohort.id) {
                model.unresolved.append(UnresolvedReference(
                    reference: cohort, context: "`cohort`", expected: ["cohort"], foundKind: model.definitions[cohort.id]?.kind
                ))
            }
        }
    }

    /// Records a reference that names nothing, or the wrong kind of thing. Returns whether it resolved.
    @discardableResult
    mutating func resolve(_ reference: Reference, context: String, expected: [NodeKind]) -> Bool {
        if let node = model.nodes[reference.id], expected.contains(node.kind) { return true }
        if unreadElements.contains(reference.id) { return false }  // beyond the element limit, reported once
        let foundKind = model.nodes[reference.id]?.kind.rawValue ?? model.definitions[reference.id]?.kind
        model.unresolved.append(UnresolvedReference(reference: reference, context: context, expected: expected.map(\.rawValue), foundKind: foundKind))
        return false
    }
}
