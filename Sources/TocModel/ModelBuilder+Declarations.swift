import TocDiagnostics
import TocLang

extension ModelBuilder {
    /// Reads each detail of a declaration with `read` (given the detail's name and a reader of its values), reports
    /// what could not be understood, and returns the names of details that were written but not understood (so rules
    /// do not also call them missing).
    @discardableResult
    mutating func readDetails(of declaration: Declaration, _ read: (String, inout ValueReader) -> Void) -> Set<String> {
        var unreadable: Set<String> = []
        // One reader for all the details, reading each in place (see ValueReader).
        let details = declaration.properties
        var reader = ValueReader(details)
        for position in details.indices {
            reader.start(position)
            let name = reader.name
            read(name, &reader)
            reader.finish()
            // "No items" is "nothing but commas", asked without making the list of items.
            if reader.hasFailed || reader.hasNoItems { unreadable.insert(name) }
            if !reader.diagnostics.isEmpty { diagnostics += reader.diagnostics }
        }
        return unreadable
    }

    mutating func theoryHeader(_ declaration: Declaration) -> TheoryHeader {
        var header = TheoryHeader(title: declaration.label?.text ?? "Untitled theory of change", range: declaration.headerRange)
        checkLabelLength(declaration.label)
        readDetails(of: declaration) { name, reader in
            switch name {
            case "kind": header.kind = reader.word(in: .theoryKind, as: TheoryKind.self)
            case "starts": header.starts = reader.date()
            case "ends": header.ends = reader.date()
            case "evaluation":
                _ = reader.accept(word: "from")
                header.evaluation = reader.window()
            case "framework":
                let first = reader.upcoming
                header.frameworkIsFile = first?.kind == .string
                header.framework = header.frameworkIsFile ? reader.text() : reader.word()
                header.frameworkRange = first?.range
            case "description": header.description = reader.text()
            default: break
            }
        }
        if let starts = header.starts, let ends = header.ends, Self.endsBeforeStart(starts: starts, ends: ends),
           let endsProperty = declaration.properties(named: "ends").first {
            diagnostics.append(ModelMessages.endsBeforeStart(endsProperty, starts: starts, ends: ends))
        }
        return header
    }

    /// Whether a plan's end comes before its start. A month without a day stands for the whole month, so a plan may
    /// start on 2020-01-15 and end in 2020-01.
    static func endsBeforeStart(starts: PlanDate, ends: PlanDate) -> Bool {
        if (ends.year, ends.month) != (starts.year, starts.month) { return (ends.year, ends.month) < (starts.year, starts.month) }
        guard let endDay = ends.day, let startDay = starts.day else { return false }
        return endDay < startDay
    }

    mutating func cohort(_ declaration: Declaration) -> Cohort? {
        guard let id = declaration.id, define(id, kind: "cohort", range: declaration.headerRange) else { return nil }
        var cohort = Cohort(id: NodeID(id.text), label: declaration.label?.text ?? id.text, range: declaration.headerRange)
        readDetails(of: declaration) { name, reader in
            switch name {
            case "size": cohort.size = reader.count()
            case "recruit":
                cohort.recruit = reader.count()
                if reader.accept(word: "from") { cohort.recruitment = reader.window() }
            case "eligibility": cohort.eligibility = reader.text()
            case "description": cohort.description = reader.text()
            default: break
            }
        }
        return cohort
    }

    mutating func risk(_ declaration: Declaration) -> Risk? {
        guard let id = declaration.id, define(id, kind: "risk", range: declaration.headerRange) else { return nil }
        var risk = Risk(id: NodeID(id.text), label: declaration.label?.text ?? id.text, range: declaration.headerRange)
        readDetails(of: declaration) { name, reader in
            switch name {
            case "likelihood": risk.likelihood = reader.word(in: .level, as: Level.self)
            case "impact": risk.impact = reader.word(in: .level, as: Level.self)
            case "mitigation": risk.mitigation = reader.text()
            case "affects": reader.references(into: &risk.affects)
            case "description": risk.description = reader.text()
            default: break
            }
        }
        return risk
    }

    mutating func auditAnswer(_ declaration: Declaration) -> AuditAnswer? {
        guard let row = declaration.id else { return nil }
        var answer = AuditAnswer(row: row.text, label: declaration.label?.text, range: declaration.headerRange)
        readDetails(of: declaration) { name, reader in
            switch name {
            case "now": answer.now = reader.text()
            case "needs": answer.needs = reader.text()
            case "progress": answer.progress = reader.text()
            default: break
            }
        }
        return answer
    }

    mutating func node(_ declaration: Declaration) -> Node? {
        guard let id = declaration.id, let kind = NodeKind(declaration.kind),
              define(id, kind: kind.rawValue, range: declaration.headerRange)
        else { return nil }
        var node = Node(
            id: NodeID(id.text), kind: kind, label: declaration.label?.text ?? id.text, range: declaration.headerRange,
            declarationRange: declaration.range
        )
        checkLabelLength(declaration.label)
        node.unreadableDetails = readDetails(of: declaration) { name, reader in
            Self.read(name, into: &node, with: &reader)
        }
        // By position, so that each nested declaration is read in place rather than copied out of the list.
        let nested = declaration.nestedDeclarations
        for position in nested.indices where nested[position].kind == .indicator {
            if let indicator = indicator(nested[position], measuring: node.id) { node.indicators.append(indicator) }
        }
        return node
    }

    private static func read(_ name: String, into node: inout Node, with reader: inout ValueReader) {
        switch name {
        case "description": node.description = reader.text()
        case "phase": node.phase = reader.word(in: .phase, as: Phase.self)
        case "from": node.window = reader.window()
        case "uses": reader.references(into: &node.uses)
        case "features": reader.references(into: &node.features)
        case "involves": reader.words(in: .involvement, into: &node.involves)
        case "target": if let target = reader.outputTarget() { node.targets.append(target) }
        case "horizon": node.horizon = reader.word(in: .horizon, as: Horizon.self)
        case "for": reader.words(in: .beneficiary, into: &node.beneficiaries)
        case "contributes-to": reader.references(into: &node.contributesTo)
        case "expected": node.expected = reader.expected()
        case "break-even": node.breakEven = reader.expected()
        case "data-sharing": node.dataSharing = reader.dataSharing()
        case "evidence": node.evidence = reader.word(in: .evidence, as: EvidenceLevel.self)
        default: break
        }
    }

    mutating func indicator(_ declaration: Declaration, measuring owner: NodeID) -> Indicator? {
        guard let id = declaration.id, define(id, kind: "indicator", range: declaration.headerRange) else { return nil }
        var indicator = Indicator(
            id: NodeID(id.text), label: declaration.label?.text ?? id.text, measures: owner, range: declaration.headerRange
        )
        indicator.unreadableDetails = readDetails(of: declaration) { name, reader in
            switch name {
            case "definition": indicator.definition = reader.text()
            case "measure":
                indicator.measure = reader.word(in: .measure)
                if indicator.measure == "rate", reader.accept(word: "per") { indicator.ratePer = reader.count() }
            case "unit": indicator.unit = reader.text()
            case "direction": indicator.direction = reader.word(in: .direction, as: Indicator.Direction.self)
            case "source": indicator.source = reader.text()
            case "method": indicator.method = reader.text()
            case "frequency": indicator.frequency = reader.word(in: .frequency)
            case "owner": indicator.owner = reader.text()
            case "baseline": indicator.baseline = reader.baseline()
            case "target": if let target = reader.indicatorTarget() { indicator.targets.append(target) }
            case "disaggregation": indicator.disaggregation += reader.words(in: nil)
            case "design":
                let (design, comparator) = reader.design()
                indicator.design = design
                if let comparator { indicator.comparator = comparator }
            case "comparator": indicator.comparator = reader.text()
            case "cohort": indicator.cohort = reader.references().first
            case "held-by": indicator.heldBy = reader.references().first
            default: break
            }
        }
        return indicator
    }
}

extension NodeKind {
    /// The element kind a declaration kind declares, if it declares an element of the causal graph. A switch, where
    /// `NodeKind(rawValue: kind.rawValue)` would compare the keyword's text with each kind's name.
    init?(_ kind: DeclarationKind) {
        switch kind {
        case .input: self = .input
        case .activity: self = .activity
        case .output: self = .output
        case .outcome: self = .outcome
        case .assumption: self = .assumption
        case .theory, .cohort, .risk, .audit, .indicator, .rules: return nil
        }
    }
}

extension Vocabulary {
    /// How an indicator is measured.
    public static let measure = Vocabulary(
        name: "measure", words: ["count", "percentage", "rate", "score", "ordinal", "qualitative"],
        aliases: ["number": "count", "percent": "percentage", "proportion": "percentage", "ratio": "rate"]
    )

    /// Which way an indicator should move.
    public static let direction = Vocabulary(
        name: "direction", words: ["up", "down", "stable"],
        aliases: ["increase": "up", "higher": "up", "decrease": "down", "lower": "down", "reduce": "down", "same": "stable"]
    )

    /// How often an indicator is collected.
    public static let frequency = Vocabulary(
        name: "frequency", words: ["weekly", "monthly", "quarterly", "termly", "six-monthly", "annually", "once"],
        aliases: ["annual": "annually", "yearly": "annually", "biannually": "six-monthly", "half-yearly": "six-monthly",
                  "quarter": "quarterly", "month": "monthly"]
    )

    /// Evaluation designs, from the Round 2 report's strength categories.
    public static let design = Vocabulary(
        name: "evaluation design", words: ["stronger", "moderate", "compromised", "changes", "contribution", "none"],
        aliases: ["strong": "stronger", "qualitative": "contribution", "pre-post": "changes", "before-after": "changes"]
    )
}
