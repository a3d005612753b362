import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// Every kind of declaration of the language sketch, read into the syntax tree.
final class ParserDeclarationTests: XCTestCase {
    func testTheSketchExampleParsesWithoutDiagnostics() {
        let tree = Parser.parse(SketchExample.text)
        XCTAssertEqual(tree.diagnostics.map(\.message), [])
        XCTAssertEqual(tree.declarations.map(\.kind), [
            .theory, .cohort, .input, .input, .activity, .activity, .output, .outcome, .outcome, .assumption, .audit,
        ])
        XCTAssertEqual(tree.declarations.map { $0.id?.text }, [
            nil, "adolescents", "grant", "advisors", "embed-sos", "future4me", "trained-staff", "shared-language",
            "less-reoffending", "staff-stay", "data",
        ])
        XCTAssertEqual(tree.links.count, 2)
        XCTAssertEqual(tree.items.count, 13, "declarations and links, in the order written")
    }

    func testTheoryTakesATitleAndNoID() {
        let tree = Parser.parse("theory \"Lincolnshire\"\n  kind system-change\n  starts 2017-08\n  ends 2020-03\n  framework dfe-7x7")
        let theory = tree.declarations[0]
        XCTAssertEqual(theory.kind, .theory)
        XCTAssertNil(theory.id)
        XCTAssertEqual(theory.label?.text, "Lincolnshire")
        XCTAssertEqual(theory.properties.map(\.name.text), ["kind", "starts", "ends", "framework"])
        XCTAssertEqual(theory.values("starts"), ["2017-08"])
        XCTAssertEqual(theory.properties(named: "starts").first?.values.first?.kind, .date)
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testCohortDetails() {
        let tree = Parser.parse("cohort adolescents \"Young people\"\n  size 300\n  recruit 360\n  eligibility \"Aged 14-18\"")
        let cohort = tree.declaration("adolescents")
        XCTAssertEqual(cohort?.kind, .cohort)
        XCTAssertEqual(cohort?.label?.text, "Young people")
        XCTAssertEqual(cohort?.values("size"), ["300"])
        XCTAssertEqual(cohort?.values("eligibility"), ["Aged 14-18"])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testAnInputNeedsNoDetails() {
        let tree = Parser.parse("input grant \"DfE funding\"")
        XCTAssertEqual(tree.declaration("grant")?.members, [])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testALabelIsOptional() {
        let tree = Parser.parse("input grant")
        XCTAssertNil(tree.declaration("grant")?.label)
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testActivityDetailsKeepCommasAsTokensButItemsDropThem() {
        let tree = Parser.parse("activity embed-sos \"Embed\"\n  phase implementation\n  from month 1 to month 30\n  uses grant, advisors")
        let activity = tree.declaration("embed-sos")!
        XCTAssertEqual(activity.values("phase"), ["implementation"])
        XCTAssertEqual(activity.values("from"), ["month", "1", "to", "month", "30"])
        let uses = activity.properties(named: "uses")[0]
        XCTAssertEqual(uses.values.map(\.kind), [.word, .comma, .word])
        XCTAssertEqual(uses.items.map(\.text), ["grant", "advisors"])
    }

    func testRepeatableDetailsAddUp() {
        let tree = Parser.parse("activity a\n  uses grant\n  uses advisors\n  features systemic\n  features strengths-based")
        XCTAssertEqual(tree.declaration("a")?.properties(named: "uses").count, 2)
        XCTAssertEqual(tree.declaration("a")?.properties(named: "features").count, 2)
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testOutputTargets() {
        let tree = Parser.parse("output trained \"Trained\"\n  target 3000 people by 2019-03\n  target 50 schools")
        let targets = tree.declaration("trained")!.properties(named: "target")
        XCTAssertEqual(targets.count, 2)
        XCTAssertEqual(targets[0].values.map(\.kind), [.number, .word, .word, .date])
    }

    func testOutcomeWithANestedIndicator() {
        let tree = Parser.parse(SketchExample.text)
        let outcome = tree.declaration("less-reoffending")!
        XCTAssertEqual(outcome.properties.map(\.name.text), ["horizon", "for", "contributes-to", "expected"])
        XCTAssertEqual(outcome.nestedDeclarations.count, 1)
        let indicator = outcome.nestedDeclarations[0]
        XCTAssertEqual(indicator.kind, .indicator)
        XCTAssertEqual(indicator.id?.text, "reoffending")
        XCTAssertEqual(indicator.label?.text, "Reoffending rate within 12 months")
        XCTAssertEqual(indicator.properties.map(\.name.text), ["measure", "direction", "source", "baseline", "target", "frequency", "design"])
        XCTAssertEqual(indicator.values("baseline"), ["41", "in", "2017", "available"])
        XCTAssertEqual(indicator.properties(named: "baseline")[0].values.map(\.kind), [.percentage, .word, .number, .word])
        XCTAssertEqual(indicator.values("design"), ["stronger", "comparator", "historical cohort weighted by inverse probability"])
        XCTAssertNil(tree.declarations.first { $0.kind == .indicator }, "an indicator is not a top-level declaration")
    }

    func testTheMembersOfAnOutcomeKeepTheirOrder() {
        let tree = Parser.parse("outcome o\n  horizon immediate\n  indicator i\n    direction up\n  for children")
        let members = tree.declaration("o")!.members
        XCTAssertEqual(members.count, 3)
        guard case .property(let first) = members[0], case .declaration(let second) = members[1], case .property(let third) = members[2] else {
            return XCTFail("expected detail, indicator, detail; got \(members)")
        }
        XCTAssertEqual(first.name.text, "horizon")
        XCTAssertEqual(second.id?.text, "i")
        XCTAssertEqual(second.values("direction"), ["up"])
        XCTAssertEqual(third.name.text, "for")
    }

    func testAnAssumptionMayCarryAnIndicator() {
        let tree = Parser.parse("assumption staff-stay \"Staff stay\"\n  evidence moderate\n  indicator turnover \"Staff turnover\"\n    direction down")
        let assumption = tree.declaration("staff-stay")!
        XCTAssertEqual(assumption.values("evidence"), ["moderate"])
        XCTAssertEqual(assumption.nestedDeclarations.map { $0.id?.text }, ["turnover"])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testRiskDetails() {
        let tree = Parser.parse("risk turnover \"Staff leave\"\n  likelihood medium\n  impact high\n  mitigation \"Deputies\"\n  affects embed-sos, future4me")
        let risk = tree.declaration("turnover")!
        XCTAssertEqual(risk.kind, .risk)
        XCTAssertEqual(risk.values("affects"), ["embed-sos", "future4me"])
        XCTAssertTrue(tree.diagnostics.isEmpty)
    }

    func testAuditAnswers() {
        let tree = Parser.parse(SketchExample.text)
        let audit = tree.declaration("data")!
        XCTAssertEqual(audit.kind, .audit)
        XCTAssertEqual(audit.properties.map(\.name.text), ["now", "needs", "progress"])
        XCTAssertEqual(audit.values("progress"), ["Agreement drafted; sign-off due 2017-11"])
    }

    func testDescriptionIsAcceptedByEveryElementButAudit() {
        // A theory has a title but no id; audit answers and `rules` blocks have details of their own.
        for kind in DeclarationKind.topLevel where ![.audit, .theory, .rules].contains(kind) {
            let tree = Parser.parse("\(kind.rawValue) x \"X\"\n  description \"What it is\"")
            XCTAssertTrue(tree.diagnostics.isEmpty, "\(kind): \(tree.diagnostics.map(\.message))")
            XCTAssertEqual(tree.declarations.first?.values("description"), ["What it is"], "\(kind)")
        }
    }

    // MARK: - Ranges

    func testDeclarationRangesRunFromTheKeywordToTheLastMember() {
        let text = "activity a \"A\"   # note\n  phase design\n  uses grant\n\ninput grant"
        let tree = Parser.parse(text)
        let activity = tree.declaration("a")!
        XCTAssertEqual(activity.range, SourceRange(start: 0, end: text.offset(of: "grant\n") + 5))
        XCTAssertEqual(activity.headerRange, SourceRange(start: 0, end: 14))
        let phase = activity.properties(named: "phase")[0]
        XCTAssertEqual(phase.range, SourceRange(start: text.offset(of: "phase"), end: text.offset(of: "phase") + 12))
        XCTAssertEqual(phase.valuesRange, SourceRange(start: text.offset(of: "design"), end: text.offset(of: "design") + 6))
        XCTAssertEqual(tree.declaration("grant")?.range, SourceRange(start: text.offset(of: "input"), end: text.utf8.count))
    }

    func testAHeaderWithoutMembersEndsAtItsLastToken() {
        let text = "input grant \"G\"   # comment"
        XCTAssertEqual(Parser.parse(text).declarations[0].range, SourceRange(start: 0, end: 15))
    }
}
