import TocModel

/// A few lines of Markdown about one element of a plan: what it is, its label and description, its stage, and what
/// it links to. Used for hover and for completion items' documentation.
enum ElementSummary {
    static func markdown(for id: NodeID, in model: TheoryModel) -> String? {
        if let node = model[id] { return markdown(node, in: model) }
        if let cohort = model.cohorts.first(where: { $0.id == id }) {
            var lines = ["**cohort** `\(id)`: \(cohort.label)"]
            if let size = cohort.size { lines.append("Size: \(size)") }
            if let eligibility = cohort.eligibility { lines.append("Eligibility: \(eligibility)") }
            if let description = cohort.description { lines.append(description) }
            return lines.joined(separator: "\n\n")
        }
        if let risk = model.risks.first(where: { $0.id == id }) {
            var lines = ["**risk** `\(id)`: \(risk.label)"]
            let levels = [risk.likelihood.map { "likelihood \($0.rawValue)" }, risk.impact.map { "impact \($0.rawValue)" }].compactMap { $0 }
            if !levels.isEmpty { lines.append(levels.joined(separator: ", ")) }
            if let mitigation = risk.mitigation { lines.append("Mitigation: \(mitigation)") }
            return lines.joined(separator: "\n\n")
        }
        if let indicator = model.indicators.first(where: { $0.id == id }) {
            var lines = ["**indicator** `\(id)`: \(indicator.label)", "Measures `\(indicator.measures)`"]
            if let definition = indicator.definition { lines.append(definition) }
            let plan = [indicator.source.map { "source: \($0)" }, indicator.frequency.map { "frequency: \($0)" }, indicator.design.map { "design: \($0)" }]
                .compactMap { $0 }
            if !plan.isEmpty { lines.append(plan.joined(separator: "; ")) }
            return lines.joined(separator: "\n\n")
        }
        return nil
    }

    private static func markdown(_ node: Node, in model: TheoryModel) -> String {
        var lines = ["**\(node.kind.rawValue)** `\(node.id)`: \(node.label)"]
        var stage: [String] = []
        if let phase = node.phase { stage.append("phase \(phase.rawValue)") }
        if let window = node.window, let start = window.start {
            stage.append("from \(start)" + (window.end.map { " to \($0)" } ?? ""))
        }
        if let horizon = node.horizon { stage.append("horizon \(horizon.rawValue)") }
        if !node.beneficiaries.isEmpty { stage.append("for " + node.beneficiaries.map(\.rawValue).joined(separator: ", ")) }
        if let evidence = node.evidence { stage.append("evidence \(evidence.rawValue)") }
        if !stage.isEmpty { lines.append(stage.joined(separator: " · ")) }
        if let description = node.description { lines.append(description) }
        let leadsTo = model.links.filter { $0.from.id == node.id }.map { "`\($0.to.id)`" }
        let comesFrom = model.links.filter { $0.to.id == node.id }.map { "`\($0.from.id)`" }
        if !comesFrom.isEmpty { lines.append("Comes from: " + unique(comesFrom).joined(separator: ", ")) }
        if !leadsTo.isEmpty { lines.append("Leads to: " + unique(leadsTo).joined(separator: ", ")) }
        if !node.indicators.isEmpty { lines.append("Indicators: " + node.indicators.map { "`\($0.id)`" }.joined(separator: ", ")) }
        return lines.joined(separator: "\n\n")
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
