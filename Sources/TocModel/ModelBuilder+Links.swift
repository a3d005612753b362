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
        let details = statement.details
        var reader = ValueReader(details)
        for position in details.indices {
            reader.start(position)
            switch reader.name {
            case "assuming": reader.references(into: &assumptions)
            case "because": rationale = reader.text()
            default: break
            }
            reader.finish()
            if !reader.diagnostics.isEmpty { diagnostics += reader.diagnostics }
        }
        for assumption in assumptions {
            resolve(assumption, context: "`assuming`", expected: [.assumption])
        }
        if !assumptions.isEmpty { model.namedAssumptions.formUnion(assumptions.map(\.id)) }
        // Whether each end resolved, in the order the ends are written: a statement has a handful, so a list indexed
        // by position beats a table keyed by range (which cost a tenth of the stage, hashing and growing).
        let groups = statement.groups
        var resolved: [Bool] = []
        resolved.reserveCapacity(groups.reduce(0) { $0 + $1.count })
        for group in groups {
            for token in group {
                resolved.append(resolve(Reference(id: NodeID(token.text), range: token.range), context: "a link", expected: Self.linkableKinds))
            }
        }
        // A statement with an unresolved end lost some of its links: its other ends may look unconnected only
        // because of that slip.
        if resolved.contains(false) {
            model.incompleteLinkEnds.formUnion(groups.joined().map { NodeID($0.text) })
        }
        var sourcesStart = 0
        for (sources, targets) in zip(groups, groups.dropFirst()) {
            let targetsStart = sourcesStart + sources.count
            for (sourceOffset, source) in sources.enumerated() where resolved[sourcesStart + sourceOffset] {
                for (targetOffset, target) in targets.enumerated() where resolved[targetsStart + targetOffset] {
                    guard admitsLink(statement) else { return }
                    model.links.append(Link(
                        from: Reference(id: NodeID(source.text), range: source.range),
                        to: Reference(id: NodeID(target.text), range: target.range),
                        assumptions: assumptions, rationale: rationale, statementRange: statement.range
                    ))
                }
            }
            sourcesStart = targetsStart
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
        // The element's kind read in place, with one lookup: `model.nodes[id]` would copy the element out (a large
        // value), and a second lookup followed for an id of the wrong kind.
        let kind = model.nodes.index(forKey: reference.id).map { model.nodes.values.elements[$0].kind }
        if let kind, expected.contains(kind) { return true }
        if unreadElements.contains(reference.id) { return false }  // beyond the element limit, reported once
        let foundKind = kind?.rawValue ?? model.definitions[reference.id]?.kind
        model.unresolved.append(UnresolvedReference(reference: reference, context: context, expected: expected.map(\.rawValue), foundKind: foundKind))
        return false
    }
}
