import TocKit

/// A model as text, without source ranges: ids, kinds, labels, every typed detail, links with their assumptions and
/// rationale, cohorts, risks, audit answers, and what the builder recorded about names. Two plans that say the same
/// thing, however they are laid out, have the same projection.
///
/// Built by reflection, so a detail added to the model later is compared without changing this file; only values
/// of type `SourceRange` (and the source file itself) are left out.
enum ModelProjection {
    static func of(_ model: TheoryModel) -> String {
        var lines: [String] = []
        lines.append("theory " + describe(model.theory as Any))
        lines += model.nodes.values.map { "node " + describe($0) }
        lines += model.links.map { "link " + describe($0) }
        lines += model.cohorts.map { "cohort " + describe($0) }
        lines += model.risks.map { "risk " + describe($0) }
        lines += model.audits.map { "audit " + describe($0) }
        lines += model.duplicates.map { "duplicate " + describe($0) }
        lines += model.unresolved.map { "unresolved " + describe($0) }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ value: Any) -> String {
        if value is SourceRange || value is SourceFile { return "" }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { describe($0.value) } ?? "nil"
        case .collection, .set:
            return "[" + mirror.children.map { describe($0.value) }.joined(separator: ", ") + "]"
        case .struct, .class, .tuple, .enum:
            let children = mirror.children.compactMap { child -> String? in
                if child.value is SourceRange || child.value is SourceFile { return nil }
                return (child.label.map { $0 + ": " } ?? "") + describe(child.value)
            }
            if mirror.displayStyle == .enum && children.isEmpty { return "\(value)" }
            if children.isEmpty { return "\(value)" }
            return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }
}
