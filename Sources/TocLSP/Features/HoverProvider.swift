import TocChecks
import TocDiagnostics
import TocFramework
import TocKit
import TocLang
import TocModel

/// What to show when the pointer rests on part of a plan: what an id names, what a keyword or detail is for, what a
/// framework id means, and why a finding there matters (the rule's explanation and evidence).
enum HoverProvider {
    /// Markdown for the offset, and the range it describes; nil when there is nothing to say.
    static func hover(at offset: Int, analysis: Analysis, index: PlanIndex) -> (markdown: String, range: SourceRange)? {
        var sections: [String] = []
        var range: SourceRange?
        if let occurrence = index.occurrence(at: offset), let text = describe(occurrence, analysis: analysis) {
            sections.append(text)
            range = occurrence.token.range
        }
        let findings = analysis.diagnostics.filter { $0.range.start <= offset && offset <= max($0.range.end, $0.range.start + 1) }
        for finding in findings.prefix(3) {
            sections.append(explain(finding))
            range = range ?? finding.range
        }
        guard !sections.isEmpty, let range else { return nil }
        return (sections.joined(separator: "\n\n---\n\n"), range)
    }

    static func describe(_ occurrence: PlanIndex.Occurrence, analysis: Analysis) -> String? {
        let text = occurrence.token.text
        switch occurrence.role {
        case .keyword(let kind):
            let details = kind.properties.isEmpty ? "" : "\n\nDetails: " + kind.properties.map { "`\($0)`" }.joined(separator: ", ")
            return "**\(kind.rawValue)**: \(kind.summary)\(details)"
        case .definition, .reference:
            return ElementSummary.markdown(for: NodeID(text), in: analysis.model)
                ?? "`\(text)` is not declared in this plan."
        case .frameworkFeature:
            return frameworkItem(analysis.framework?.feature(text), id: text, what: "practice feature", framework: analysis.framework)
        case .frameworkOutcome:
            return frameworkItem(analysis.framework?.outcome(text), id: text, what: "framework outcome", framework: analysis.framework)
        case .propertyName(let owner):
            return property(text, owner: owner)
        case .ruleName:
            guard let rule = RuleRegistry.rule(id: text) else { return nil }
            return ruleText(rule)
        case .value(let property):
            guard let vocabulary = PropertyValues.vocabulary(for: property) else { return nil }
            return "`\(property)` accepts: " + vocabulary.words.map { "`\($0)`" }.joined(separator: ", ")
        case .label:
            return nil
        }
    }

    private static func frameworkItem(_ item: FrameworkItem?, id: String, what: String, framework: Framework?) -> String? {
        guard let framework else { return nil }
        guard let item else { return "`\(id)` is not a \(what) of \(framework.name)." }
        var lines = ["**\(item.name)** (\(what) `\(item.id)` of \(framework.name))"]
        if let definition = item.definition { lines.append(definition) }
        if let reference = item.reference { lines.append("_\(reference)_") }
        if !item.indicators.isEmpty {
            lines.append("Suggested indicators: " + item.indicators.map(\.name).joined(separator: "; "))
        }
        return lines.joined(separator: "\n\n")
    }

    private static func property(_ name: String, owner: DeclarationKind?) -> String? {
        var lines: [String] = []
        switch name {
        case "assuming": lines.append("**assuming**: the assumptions this link depends on.")
        case "because": lines.append("**because**: why one thing leads to the other, in a sentence.")
        default:
            lines.append("**\(name)**" + (owner.map { ": a detail of \($0.withArticle)" } ?? ""))
        }
        if let example = PropertyHelp.example(for: name) { lines.append("For example: `\(example)`") }
        if let vocabulary = PropertyValues.vocabulary(for: name) {
            lines.append("Accepts: " + vocabulary.words.map { "`\($0)`" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n\n")
    }

    /// A finding, and the rule behind it when it comes from one.
    static func explain(_ finding: Diagnostic) -> String {
        var text = "**\(finding.severity.rawValue)** [\(finding.id)]: \(finding.message)"
        if let hint = finding.hint { text += "\n\nHint: \(hint)" }
        if let rule = RuleRegistry.rule(id: finding.id) { text += "\n\n" + ruleText(rule) }
        return text
    }

    private static func ruleText(_ rule: any Rule) -> String {
        var text = "**Rule `\(rule.id)`**: \(rule.summary)\n\n\(rule.rationale)"
        if let evidence = rule.evidence { text += "\n\nEvidence: \(evidence.citation)" }
        text += "\n\nSet it aside on one line with `# toc-ignore: \(rule.id) <why>`."
        return text
    }
}
