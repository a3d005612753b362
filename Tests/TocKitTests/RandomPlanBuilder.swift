/// Builds a random plan that has no syntax errors (it may still have findings: an unused input, a skipped stage),
/// using every kind of declaration and detail, with valid values in every form the language accepts.
final class RandomPlanBuilder {
    var dice: Dice
    private var ids: [String] = []

    init(dice: Dice) {
        self.dice = dice
    }

    func build() -> [PlanStatement] {
        ids = (0..<dice.int(3...10)).map { _ in dice.id() }
        var statements: [PlanStatement] = []
        if dice.chance(0.8) { statements.append(theory()) }
        for _ in 0..<dice.int(1...14) {
            let statement: PlanStatement
            switch dice.int(0...9) {
            case 0: statement = declaration("cohort", cohortDetails())
            case 1: statement = declaration("input", inputDetails())
            case 2: statement = declaration("activity", activityDetails())
            case 3: statement = declaration("output", outputDetails())
            case 4: statement = declaration("outcome", outcomeDetails() + indicators())
            case 5: statement = declaration("assumption", assumptionDetails() + indicators())
            case 6: statement = declaration("risk", riskDetails())
            case 7: statement = audit()
            default: statement = link()
            }
            statements.append(statement)
        }
        return statements
    }

    // MARK: - Declarations

    private func theory() -> PlanStatement {
        let head = header(["theory"], label: true, required: true)
        let candidates = [
            detail("kind", [.keyword(dice.pick(["system-change", "targeted-service", "whole-system", "targeted"]))]),
            detail("starts", [.raw(dice.date())]),
            detail("ends", [.raw(dice.date())]),
            detail("framework", [.word(dice.pick(["dfe-7x7", "own"]))]),
            detail("description", [.text(dice.text())]),
        ]
        let members = optional(candidates)
        return members.isEmpty ? .line(head) : .block(head, dice.shuffled(members))
    }

    private func declaration(_ keyword: String, _ members: [PlanStatement]) -> PlanStatement {
        let head = header([keyword, dice.pick(ids)], label: dice.chance(0.7), required: false)
        return members.isEmpty ? .line(head) : .block(head, dice.shuffled(members))
    }

    private func audit() -> PlanStatement {
        let head = header(["audit", dice.pick(["data", "capacity", "lead-in", dice.id()])], label: dice.chance(0.5), required: false)
        let candidates = [
            detail("now", [.text(dice.text())]), detail("needs", [.text(dice.text())]), detail("progress", [.text(dice.text())]),
        ]
        let members = optional(candidates)
        return members.isEmpty ? .line(head) : .block(head, dice.shuffled(members))
    }

    private func inputDetails() -> [PlanStatement] {
        let candidates = [detail("description", [.text(dice.text())])]
        return optional(candidates)
    }

    private func assumptionDetails() -> [PlanStatement] {
        let candidates = [detail("evidence", [.keyword(dice.pick(["strong", "moderate", "weak", "none", "good", "limited"]))])]
        return optional(candidates)
    }

    private func cohortDetails() -> [PlanStatement] {
        let candidates = [
            detail("size", [.raw(dice.number(whole: true))]),
            detail("recruit", [.raw(dice.number(whole: true))]),
            detail("eligibility", [.text(dice.text())]),
            detail("description", [.text(dice.text())]),
        ]
        return optional(candidates)
    }

    private func activityDetails() -> [PlanStatement] {
        var window = dice.timePoint()
        if dice.chance(0.6) { window += [.keyword("to")] + dice.timePoint() }
        return optional([
            detail("phase", [.keyword(dice.pick(["planning", "design", "set-up", "implementation", "embedding", "setup", "delivery"]))]),
            detail("from", window),
            detail("description", [.text(dice.text())]),
        ]) + repeated { $0.list("uses", ids: true) } + repeated { $0.list("features", ids: true) }
            + repeated { $0.list("involves", words: ["restructuring", "new-commissioning", "training", "deregulation", "restructure"]) }
    }

    private func outputDetails() -> [PlanStatement] {
        optional([detail("description", [.text(dice.text())])]) + repeated { builder in
            var pieces: [Piece] = [.raw(builder.dice.quantity())]
            for _ in 0..<builder.dice.int(0...2) { pieces.append(.word(builder.dice.pick(["people", "schools", "Month", "In", "carers"]))) }
            if builder.dice.chance(0.3) { pieces.append(.text(builder.dice.text())) }
            if builder.dice.chance(0.6) { pieces += [.keyword("by")] + builder.dice.timePoint() }
            return builder.detail("target", pieces)
        }
    }

    private func outcomeDetails() -> [PlanStatement] {
        optional([
            detail("horizon", [.keyword(dice.pick(["immediate", "intermediate", "long-term", "short-term", "longer-term"]))]),
            detail("expected", (dice.chance(0.7) ? [.keyword("by")] : []) + dice.timePoint()),
            detail("description", [.text(dice.text())]),
        ]) + repeated { $0.list("for", words: ["children", "families", "staff", "carer", "young-people"]) }
            + repeated { $0.list("contributes-to", ids: true) }
    }

    private func riskDetails() -> [PlanStatement] {
        optional([
            detail("likelihood", [.keyword(dice.pick(["low", "medium", "high", "med"]))]),
            detail("impact", [.keyword(dice.pick(["low", "medium", "high"]))]),
            detail("mitigation", [.text(dice.text())]),
            detail("description", [.text(dice.text())]),
        ]) + repeated { $0.list("affects", ids: true) }
    }

    private func indicators() -> [PlanStatement] {
        (0..<dice.int(0...2)).map { _ in
            let head = header(["indicator", dice.id()], label: dice.chance(0.6), required: false)
            let members = indicatorDetails()
            return members.isEmpty ? .line(head) : .block(head, dice.shuffled(members))
        }
    }

    private func indicatorDetails() -> [PlanStatement] {
        var baseline: [Piece] = []
        if dice.chance(0.6) { baseline.append(.raw(dice.quantity())) }
        if dice.chance(0.5) { baseline += [.keyword(dice.pick(["in", "at"]))] + dice.timePoint() }
        switch dice.int(0...3) {
        case 0: baseline.append(.keyword("available"))
        case 1: baseline += [.keyword(dice.pick(["collected", "collect"])), .keyword("from")] + dice.timePoint()
        case 2: baseline += [.keyword("from")] + dice.timePoint()
        default: if baseline.isEmpty { baseline.append(.keyword("available")) }
        }
        var design: [Piece] = [.keyword(dice.pick(["stronger", "moderate", "changes", "contribution", "none", "strong"]))]
        if dice.chance(0.5) { design += [.keyword(dice.pick(["comparator", "comparison"])), .text(dice.text())] }
        return optional([
            detail("definition", [.text(dice.text())]),
            detail("measure", [.keyword(dice.pick(["count", "percentage", "rate", "score", "percent"]))]),
            detail("unit", [.text(dice.text())]),
            detail("direction", [.keyword(dice.pick(["up", "down", "stable", "reduce"]))]),
            detail("source", [.text(dice.text())]),
            detail("method", [.text(dice.text())]),
            detail("frequency", [.keyword(dice.pick(["monthly", "quarterly", "annually", "yearly"]))]),
            detail("owner", [.text(dice.text())]),
            detail("baseline", baseline),
            detail("design", design),
            detail("comparator", [.text(dice.text())]),
        ]) + repeated { builder in
            builder.detail("target", [.raw(builder.dice.quantity())] + (builder.dice.chance(0.6) ? [.keyword("by")] + builder.dice.timePoint() : []))
        } + repeated { $0.list("disaggregation", words: ["age", "Gender", "ethnicity", "LA"], exact: true) }
    }

    // MARK: - Links

    private func link() -> PlanStatement {
        var pieces: [Piece] = []
        for group in 0..<dice.int(2...4) {
            if group > 0 { pieces.append(.arrow) }
            for index in 0..<dice.int(1...3) {
                if index > 0 { pieces.append(.comma) }
                pieces.append(.word(dice.pick(ids)))
            }
        }
        var details: [PlanStatement] = repeated { $0.list("assuming", ids: true) }
        if dice.chance(0.4) { details.append(detail("because", [.text(dice.text())])) }
        let head = PlanLine(pieces: pieces, leadingComments: comments(), trailingComment: trailingComment())
        return details.isEmpty ? .line(head) : .block(head, dice.shuffled(details))
    }

    // MARK: - Lines

    private func header(_ words: [String], label: Bool, required: Bool) -> PlanLine {
        // The keyword may be written in any case; the id exactly.
        var pieces = [Piece.keyword(words[0])] + words.dropFirst().map(Piece.word)
        if label || required { pieces.append(.text(dice.text())) }
        return PlanLine(pieces: pieces, leadingComments: comments(), trailingComment: trailingComment())
    }

    private func detail(_ name: String, _ values: [Piece], isList: Bool = false) -> PlanStatement {
        .line(PlanLine(pieces: [.keyword(name)] + values, isList: isList, leadingComments: comments(), trailingComment: trailingComment()))
    }

    private func list(_ name: String, ids useIDs: Bool = false, words: [String] = [], exact: Bool = false) -> PlanStatement {
        var values: [Piece] = []
        for index in 0..<dice.int(1...3) {
            if index > 0 { values.append(.comma) }
            values.append(useIDs ? .word(dice.pick(ids)) : exact ? .word(dice.pick(words)) : .keyword(dice.pick(words)))
        }
        return detail(name, values, isList: true)
    }

    /// Each detail with even odds: non-repeatable details appear at most once.
    private func optional(_ details: [PlanStatement]) -> [PlanStatement] {
        details.filter { _ in dice.chance(0.5) }
    }

    /// A repeatable detail zero to two times.
    private func repeated(_ make: (RandomPlanBuilder) -> PlanStatement) -> [PlanStatement] {
        (0..<dice.int(0...2)).map { _ in make(self) }
    }

    private func comments() -> [String] {
        dice.chance(0.2) ? (0..<dice.int(1...2)).map { _ in dice.comment() } : []
    }

    private func trailingComment() -> String? {
        dice.chance(0.2) ? dice.comment() : nil
    }
}
