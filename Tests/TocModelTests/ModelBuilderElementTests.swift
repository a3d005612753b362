import TocDiagnostics
import TocLang
@testable import TocModel
import TocTestSupport
import XCTest

/// Every detail of the theory, cohorts, inputs, activities, outputs, outcomes, assumptions, risks and audit answers,
/// read into the typed model.
final class ModelBuilderElementTests: XCTestCase {
    /// Builds a plan that must be free of any diagnostic.
    private func clean(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Built {
        let built = Built(text)
        XCTAssertEqual(built.allDiagnostics.map(\.message), [], file: file, line: line)
        return built
    }

    // MARK: - Theory

    func testTheoryHeader() {
        let built = clean("theory \"Lincolnshire\"\n  kind system-change\n  starts 2017-08\n  ends 2020-03-31\n  framework dfe-7x7\n  description \"Whole county\"")
        let theory = built.model.theory
        XCTAssertEqual(theory?.title, "Lincolnshire")
        XCTAssertEqual(theory?.kind, .systemChange)
        XCTAssertEqual(theory?.starts, PlanDate(year: 2017, month: 8))
        XCTAssertEqual(theory?.ends, PlanDate(year: 2020, month: 3, day: 31))
        XCTAssertEqual(theory?.framework, "dfe-7x7")
        XCTAssertEqual(theory?.description, "Whole county")
        XCTAssertEqual(theory?.range, SourceRange(start: 0, end: 21))
    }

    func testTheoryKindAliases() {
        XCTAssertEqual(clean("theory \"T\"\n  kind whole-system").model.theory?.kind, .systemChange)
        XCTAssertEqual(clean("theory \"T\"\n  kind targeted").model.theory?.kind, .targetedService)
        XCTAssertEqual(clean("theory \"T\"\n  kind Targeted-Service").model.theory?.kind, .targetedService, "case does not matter")
    }

    func testAPlanWithoutATheoryHasNoHeader() {
        XCTAssertNil(clean("input grant").model.theory)
    }

    func testATheoryWithoutATitleIsUntitled() {
        XCTAssertEqual(Built("theory\n  kind system-change").model.theory?.title, "Untitled theory of change")
    }

    // MARK: - Cohorts, inputs

    func testCohort() {
        let built = clean("cohort adolescents \"Young people\"\n  size 300\n  recruit 360\n  eligibility \"Aged 14-18\"\n  description \"d\"")
        let cohort = built.model.cohorts.first
        XCTAssertEqual(cohort?.id, "adolescents")
        XCTAssertEqual(cohort?.label, "Young people")
        XCTAssertEqual(cohort?.size, 300)
        XCTAssertEqual(cohort?.recruit, 360)
        XCTAssertEqual(cohort?.eligibility, "Aged 14-18")
        XCTAssertEqual(cohort?.description, "d")
        XCTAssertNil(built.node("adolescents"), "a cohort is not part of the causal graph")
        XCTAssertEqual(built.model.definitions["adolescents"]?.kind, "cohort")
    }

    func testAnElementWithoutALabelIsLabelledWithItsID() {
        let built = clean("input grant")
        XCTAssertEqual(built.node("grant")?.label, "grant")
        XCTAssertEqual(built.node("grant")?.kind, .input)
    }

    func testNodeRangesPointAtTheHeaderAndTheWholeDeclaration() {
        let text = "input grant \"G\"\nactivity a \"A\"\n  phase design\n"
        let built = clean(text)
        let activity = built.node("a")!
        XCTAssertEqual(activity.range, SourceRange(start: 16, end: 30))
        XCTAssertEqual(activity.declarationRange, SourceRange(start: 16, end: text.utf8.count - 1))
    }

    func testNodesKeepDeclarationOrder() {
        let built = clean("outcome z\ninput a\nactivity m\nassumption b\noutput c")
        XCTAssertEqual(built.model.nodes.keys.map(\.rawValue), ["z", "a", "m", "b", "c"])
        XCTAssertEqual(built.model.nodes(of: .input).map(\.id), ["a"])
    }

    // MARK: - Activities

    func testActivityDetails() {
        let built = clean("""
            input grant
            input advisors
            activity embed-sos "Embed"
              phase implementation
              from month 1 to month 30
              uses grant, advisors
              features strengths-based, systemic
              involves training, restructuring
              description "d"
            """)
        let activity = built.node("embed-sos")!
        XCTAssertEqual(activity.phase, .implementation)
        XCTAssertEqual(activity.window, TimeWindow(start: .month(1), end: .month(30)))
        XCTAssertEqual(activity.uses.map(\.id), ["grant", "advisors"])
        XCTAssertEqual(activity.features.map(\.id), ["strengths-based", "systemic"])
        XCTAssertEqual(activity.involves, [.training, .restructuring])
        XCTAssertEqual(activity.description, "d")
    }

    func testReferencesKeepWhereTheyWereWritten() {
        let text = "input grant\nactivity a\n  uses grant"
        let uses = clean(text).node("a")!.uses
        XCTAssertEqual(uses.first?.range, text.range(of: "grant", after: "uses"))
    }

    func testEveryPhaseAndItsOtherSpellings() {
        let spellings: [String: Phase] = [
            "planning": .planning, "design": .design, "set-up": .setUp, "implementation": .implementation,
            "embedding": .embedding, "setup": .setUp, "set_up": .setUp, "plan": .planning, "implement": .implementation,
            "delivery": .implementation, "embed": .embedding, "sustainability": .embedding, "Set-Up": .setUp,
        ]
        for (written, phase) in spellings {
            XCTAssertEqual(clean("activity a\n  phase \(written)").node("a")?.phase, phase, written)
        }
    }

    func testWindowsWithDates() {
        let window = clean("activity a\n  from 2017-08 to 2019-03-31").node("a")?.window
        XCTAssertEqual(window?.start, .date(PlanDate(year: 2017, month: 8)))
        XCTAssertEqual(window?.end, .date(PlanDate(year: 2019, month: 3, day: 31)))
    }

    func testAWindowMayMixMonthsDatesAndYearsAndMayBeOpen() {
        XCTAssertEqual(clean("activity a\n  from month 3 to 2019-03").node("a")?.window, TimeWindow(start: .month(3), end: .date(PlanDate(year: 2019, month: 3))))
        XCTAssertEqual(clean("activity a\n  from 2018").node("a")?.window, TimeWindow(start: .year(2018), end: nil))
    }

    func testInvolvementAliases() {
        XCTAssertEqual(clean("activity a\n  involves commissioning, delivery-model, de-regulation, restructure").node("a")?.involves,
                       [.newCommissioning, .newDeliveryModel, .deregulation, .restructuring])
    }

    func testRepeatedListDetailsAddUp() {
        let built = clean("input g\ninput h\nactivity a\n  uses g\n  uses h\n  involves training\n  involves restructuring")
        XCTAssertEqual(built.node("a")?.uses.map(\.id), ["g", "h"])
        XCTAssertEqual(built.node("a")?.involves, [.training, .restructuring])
    }

    // MARK: - Outputs

    func testOutputTargets() {
        let built = clean("""
            output trained "Trained"
              target 3000 people by 2019-03
              target 3374 "Signs of Safety attendees" by 2020-03
              target 50% by month 12
              target 235 schools
            """)
        let targets = built.node("trained")!.targets
        XCTAssertEqual(targets.count, 4)
        XCTAssertEqual(targets[0].value, .number(3000))
        XCTAssertEqual(targets[0].unit, "people")
        XCTAssertEqual(targets[0].by, .date(PlanDate(year: 2019, month: 3)))
        XCTAssertEqual(targets[1].unit, "Signs of Safety attendees")
        XCTAssertEqual(targets[2].value, .percentage(50))
        XCTAssertNil(targets[2].unit)
        XCTAssertEqual(targets[2].by, .month(12))
        XCTAssertEqual(targets[3].unit, "schools")
        XCTAssertNil(targets[3].by)
    }

    func testATargetRangeIsItsWholeLine() {
        let text = "output o\n  target 3 people by 2019-03"
        XCTAssertEqual(clean(text).node("o")?.targets.first?.range, text.range(of: "target 3 people by 2019-03", after: nil))
    }

    // MARK: - Outcomes

    func testOutcomeDetails() {
        let built = clean("""
            outcome less-reoffending "Fewer young people reoffend"
              horizon long-term
              for children, families
              contributes-to reducing-risk, better-value
              expected by 2020-03
              description "d"
            """)
        let outcome = built.node("less-reoffending")!
        XCTAssertEqual(outcome.kind, .outcome)
        XCTAssertEqual(outcome.horizon, .longTerm)
        XCTAssertEqual(outcome.beneficiaries, [.children, .families])
        XCTAssertEqual(outcome.contributesTo.map(\.id), ["reducing-risk", "better-value"])
        XCTAssertEqual(outcome.expected, .date(PlanDate(year: 2020, month: 3)))
        XCTAssertEqual(outcome.description, "d")
    }

    func testHorizonsAndTheirOtherSpellings() {
        let spellings: [String: Horizon] = [
            "immediate": .immediate, "intermediate": .intermediate, "long-term": .longTerm, "longer-term": .longTerm,
            "short-term": .immediate, "shorter-term": .immediate, "medium-term": .intermediate, "longterm": .longTerm,
            "long": .longTerm, "LONG-TERM": .longTerm,
        ]
        for (written, horizon) in spellings {
            XCTAssertEqual(clean("outcome o\n  horizon \(written)").node("o")?.horizon, horizon, written)
        }
    }

    func testBeneficiariesWithOtherSpellingsAndWithoutCommas() {
        let outcome = clean("outcome o\n  for child young-person care-leaver\n  for staff, workforce, services").node("o")!
        XCTAssertEqual(outcome.beneficiaries, [.children, .youngPeople, .careLeavers, .staff, .workforce, .services])
    }

    func testExpectedWithoutByAndAsAMonthOrYear() {
        XCTAssertEqual(clean("outcome o\n  expected month 24").node("o")?.expected, .month(24))
        XCTAssertEqual(clean("outcome o\n  expected by 2021").node("o")?.expected, .year(2021))
        XCTAssertEqual(clean("outcome o\n  expected 2021-06").node("o")?.expected, .date(PlanDate(year: 2021, month: 6)))
    }

    // MARK: - Assumptions, risks, audit

    func testAssumptionEvidence() {
        let levels: [String: EvidenceLevel] = ["strong": .strong, "moderate": .moderate, "weak": .weak, "none": .none, "good": .strong, "limited": .weak]
        for (written, level) in levels {
            XCTAssertEqual(clean("assumption s\n  evidence \(written)").node("s")?.evidence, level, written)
        }
        XCTAssertEqual(clean("assumption s").node("s")?.kind, .assumption)
    }

    func testRisk() {
        let built = clean("activity a\nrisk turnover \"Staff leave\"\n  likelihood med\n  impact high\n  mitigation \"Deputies\"\n  affects a")
        let risk = built.model.risks.first
        XCTAssertEqual(risk?.id, "turnover")
        XCTAssertEqual(risk?.label, "Staff leave")
        XCTAssertEqual(risk?.likelihood, .medium)
        XCTAssertEqual(risk?.impact, .high)
        XCTAssertEqual(risk?.mitigation, "Deputies")
        XCTAssertEqual(risk?.affects.map(\.id), ["a"])
    }

    func testAuditAnswer() {
        let built = clean("audit data \"Data and systems\"\n  now \"Mosaic\"\n  needs \"A data sharing agreement\"\n  progress \"Drafted\"")
        let answer = built.model.audits.first
        XCTAssertEqual(answer?.row, "data")
        XCTAssertEqual(answer?.label, "Data and systems")
        XCTAssertEqual(answer?.now, "Mosaic")
        XCTAssertEqual(answer?.needs, "A data sharing agreement")
        XCTAssertEqual(answer?.progress, "Drafted")
    }

    func testAuditRowsAreNotIDsOfThePlan() {
        let built = clean("audit data\n  now \"x\"\ninput data")
        XCTAssertTrue(built.model.duplicates.isEmpty)
        XCTAssertEqual(built.model.audits.count, 1)
        XCTAssertNotNil(built.node("data"))
    }
}
