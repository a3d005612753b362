import TocChecks
import TocDiagnostics
import TocFramework
import TocKit
import TocLang
import TocModel

/// Suggestions for what to type next, from where the cursor is on its line.
///
/// The line being typed is usually not valid yet, so the context is read from the text itself, not the syntax
/// tree: at the left margin, a keyword or an id to start a link; on an indented line, a detail of the element
/// above it (or `assuming`/`because` under a link); after a detail's name, the values it accepts (phases, horizons,
/// framework ids, the ids of inputs after `uses`…); on a link line, the ids of what can be linked.
enum CompletionProvider {
    /// The protocol's CompletionItemKind values toc uses.
    enum ItemKind {
        static let variable = 6
        static let property = 10
        static let value = 12
        static let keyword = 14
        static let enumMember = 20
        static let reference = 18
    }

    /// The kinds of element a link may join, by name.
    private static let linkable = Set(ModelBuilder.linkableKinds.map(\.rawValue))

    static func completions(at offset: Int, in file: SourceFile, analysis: Analysis) -> [CompletionItem] {
        let context = LineContext(file: file, offset: offset)
        guard !context.inCommentOrString else { return [] }
        let model = analysis.model
        if context.isLink {
            return ids(in: model, kinds: linkable)
        }
        guard context.indentation > 0 else {
            // A keyword starts a declaration; an id starts a link.
            guard context.wordsBefore.isEmpty else { return [] }
            return keywords(DeclarationKind.topLevel) + ids(in: model, kinds: linkable)
        }
        let owner = context.owner()
        guard let property = context.wordsBefore.first else {
            switch owner {
            case .link: return properties(DeclarationKind.linkProperties, owner: nil)
            case .declaration(.rules): return rules()
            case .declaration(let kind): return properties(kind.properties, owner: kind) + keywords(kind.nested)
            case nil: return []
            }
        }
        if case .declaration(.rules) = owner {
            return context.wordsBefore.count == 1 ? RuleConfiguration.Setting.spellings.map { item($0, kind: ItemKind.enumMember) } : []
        }
        return values(of: property.lowercased(), analysis: analysis)
    }

    private static func values(of property: String, analysis: Analysis) -> [CompletionItem] {
        if let vocabulary = PropertyValues.vocabulary(for: property) {
            return vocabulary.words.map { item($0, kind: ItemKind.enumMember, detail: vocabulary.name) }
        }
        if let kinds = PropertyValues.referencedKinds(for: property) {
            return ids(in: analysis.model, kinds: Set(kinds))
        }
        let framework = analysis.framework ?? (try? FrameworkLibrary.bundled(FrameworkLibrary.defaultID).get())
        switch property {
        case "features":
            return (framework?.features ?? []).map { frameworkItem($0, what: "practice feature") }
        case "contributes-to":
            return (framework?.outcomes ?? []).map { frameworkItem($0, what: "framework outcome") }
        case "framework":
            return FrameworkLibrary.bundledIDs.map { item($0, kind: ItemKind.value, detail: "bundled framework") }
        default:
            return []
        }
    }

    private static func keywords(_ kinds: [DeclarationKind]) -> [CompletionItem] {
        kinds.map { kind in
            item(kind.rawValue, kind: ItemKind.keyword, detail: "keyword", documentation: kind.summary, sort: "1")
        }
    }

    private static func properties(_ names: [String], owner: DeclarationKind?) -> [CompletionItem] {
        names.enumerated().map { index, name in
            let example = PropertyHelp.example(for: name).map { "For example: `\($0)`" }
            // Canonical order, which is also the order the formatter writes them in.
            return item(name, kind: ItemKind.property, detail: owner.map { "detail of \($0.withArticle)" }, documentation: example,
                        sort: "0" + String(format: "%02d", index))
        }
    }

    private static func rules() -> [CompletionItem] {
        RuleRegistry.all.map { rule in
            item(rule.id, kind: ItemKind.property, detail: "rule, \(rule.defaultSeverity.rawValue) by default", documentation: rule.summary)
        }
    }

    private static func ids(in model: TheoryModel, kinds: Set<String>) -> [CompletionItem] {
        model.definitions
            .filter { kinds.contains($0.value.kind) }
            .sorted { $0.value.range.start < $1.value.range.start }
            .map { id, definition in
                item(id.rawValue, kind: ItemKind.reference, detail: definition.kind, documentation: ElementSummary.markdown(for: id, in: model), sort: "2")
            }
    }

    private static func frameworkItem(_ entry: FrameworkItem, what: String) -> CompletionItem {
        item(entry.id, kind: ItemKind.enumMember, detail: "\(what): \(entry.name)", documentation: entry.definition)
    }

    private static func item(_ label: String, kind: Int, detail: String? = nil, documentation: String? = nil, sort: String? = nil) -> CompletionItem {
        CompletionItem(
            label: label, kind: kind, detail: detail, documentation: documentation.map { MarkupContent(value: $0) },
            sortText: sort.map { $0 + label }
        )
    }
}
