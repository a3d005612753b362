import TocDiagnostics
import TocLang

/// Builds a ``TheoryModel`` from a syntax tree: declarations become typed elements, details are read into typed
/// values (reporting any that cannot be understood), and ids are resolved.
///
/// Never fails: what cannot be understood is reported and left out, and the rest is built.
public struct ModelBuilder {
    var model: TheoryModel
    var diagnostics: [Diagnostic] = []
    /// Elements beyond ``Limits/elements``, left unread (see `ModelBuilder+Limits.swift`).
    var unreadElements: Set<NodeID> = []
    /// The ids of limit messages already given, so each is given once.
    var reachedLimits: Set<String> = []

    init(file: SourceFile) {
        model = TheoryModel(file: file)
    }

    /// Builds the model and returns it with the problems found reading values.
    public static func build(_ tree: SyntaxTree) -> (model: TheoryModel, diagnostics: [Diagnostic]) {
        var builder = ModelBuilder(file: tree.file)
        var theoryDeclaration: Declaration?
        for declaration in tree.declarations {
            if declaration.kind == .theory {
                if let first = theoryDeclaration {
                    builder.diagnostics.append(ModelMessages.repeatedTheory(declaration, first: first))
                    continue
                }
                theoryDeclaration = declaration
            }
            builder.add(declaration)
        }
        for statement in tree.links {
            builder.addLinks(statement)
        }
        builder.resolveReferences()
        return (builder.model, builder.diagnostics)
    }

    private mutating func add(_ declaration: Declaration) {
        switch declaration.kind {
        case .theory: model.theory = theoryHeader(declaration)
        case .cohort: if let cohort = cohort(declaration) { model.cohorts.append(cohort) }
        case .risk: if let risk = risk(declaration) { model.risks.append(risk) }
        case .audit: if let answer = auditAnswer(declaration) { model.audits.append(answer) }
        case .input, .activity, .output, .outcome, .assumption:
            if admitsElement(declaration), let node = node(declaration) { model.nodes[node.id] = node }
        case .indicator: break  // only nested; the parser reports one at the top level
        case .rules:
            model.ruleSettings += declaration.properties.map { property in
                RuleSetting(
                    ruleID: property.name.text, value: property.items.first?.text, range: property.range,
                    valueRange: property.valuesRange
                )
            }
        }
    }

    /// Records an id's definition; returns false (and records the duplicate) when it is taken.
    mutating func define(_ id: Token, kind: String, range: SourceRange) -> Bool {
        let nodeID = NodeID(id.text)
        let definition = TheoryModel.Definition(kind: kind, range: range)
        if let first = model.definitions[nodeID] {
            model.duplicates.append(DuplicateDefinition(id: nodeID, first: first, second: definition))
            return false
        }
        model.definitions[nodeID] = definition
        return true
    }
}
