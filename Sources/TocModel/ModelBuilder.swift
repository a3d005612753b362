import OrderedCollections
import TocDiagnostics
import TocLang

/// Builds a ``TheoryModel`` from a syntax tree: declarations become typed elements, details are read into typed
/// values (reporting any that cannot be understood), and ids are resolved.
///
/// Never fails: what cannot be understood is reported and left out, and the rest is built.
public struct ModelBuilder {
    var model: TheoryModel
    var diagnostics: [Diagnostic] = []
    /// The elements read so far, in declaration order, which become `model.nodes` once every declaration is read.
    var elements: [Node] = []
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
        builder.reserveCapacity(for: tree)
        // Declarations first, then links, each read in place in the list of statements: `tree.declarations` and
        // `tree.links` would build two lists, copying every statement into them.
        let items = tree.items
        var theoryDeclaration: Declaration?
        for position in items.indices {
            guard case .declaration(let declaration) = items[position] else { continue }
            if declaration.kind == .theory {
                if let first = theoryDeclaration {
                    builder.diagnostics.append(ModelMessages.repeatedTheory(declaration, first: first))
                    continue
                }
                theoryDeclaration = declaration
            }
            builder.add(declaration)
        }
        // The elements' table is made in one go: inserting them one at a time looked each id up first, which costs
        // several times as much, and `define` has already made sure that no id is taken twice.
        builder.model.nodes = OrderedDictionary(uncheckedUniqueKeys: builder.elements.lazy.map(\.id), values: builder.elements)
        for position in items.indices {
            guard case .link(let statement) = items[position] else { continue }
            builder.addLinks(statement)
        }
        builder.resolveReferences()
        return (builder.model, builder.diagnostics)
    }

    /// Makes room for the plan's elements and ids, so that their tables are not rehashed again and again as they
    /// grow (about a twentieth of the stage on a plan of 1,000 elements). A plan has about as many ids as statements
    /// (declarations and their indicators, against declarations and link statements), and counting them exactly would
    /// cost a pass over the declarations.
    private mutating func reserveCapacity(for tree: SyntaxTree) {
        elements.reserveCapacity(min(tree.items.count, Limits.elements))
        model.definitions.reserveCapacity(tree.items.count)
    }

    private mutating func add(_ declaration: Declaration) {
        switch declaration.kind {
        case .theory: model.theory = theoryHeader(declaration)
        case .cohort: if let cohort = cohort(declaration) { model.cohorts.append(cohort) }
        case .risk: if let risk = risk(declaration) { model.risks.append(risk) }
        case .audit: if let answer = auditAnswer(declaration) { model.audits.append(answer) }
        case .input, .activity, .output, .outcome, .assumption:
            if admitsElement(declaration), let node = node(declaration) { elements.append(node) }
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
        // One lookup for the usual case, a new id: the definition goes in, and only a duplicate (rare) puts the first
        // definition back.
        guard let first = model.definitions.updateValue(definition, forKey: nodeID) else { return true }
        model.definitions[nodeID] = first
        model.duplicates.append(DuplicateDefinition(id: nodeID, first: first, second: definition))
        return false
    }
}
