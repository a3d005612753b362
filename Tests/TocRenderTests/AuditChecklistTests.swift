import TocKit
import TocTestSupport
import XCTest

/// The Audit of Service checklist: its rows, the plan's answers, and the status and evidence worked out from the model.
final class AuditChecklistTests: XCTestCase {
    private func report(_ text: String) -> AuditReport {
        Analysis(file: SourceFile(path: "plan.toc", text: text)).auditReport
    }

    private func row(_ id: String, in text: String) -> AuditChecklistRow {
        report(text).checklist.first { $0.row.id == id }!
    }

    private func evidence(_ row: AuditChecklistRow) -> String {
        row.evidence.map(\.description).joined(separator: "\n")
    }

    // MARK: - The rows

    func testTwelveRowsInTheReportsOrderWithItsWords() {
        let rows = AuditOfService.rows
        XCTAssertEqual(rows.map(\.id), ["evidence", "capacity", "leadership", "engagement", "population", "recruitment",
                                        "multi-professional", "data", "comparators", "researchers", "lead-in", "flexibility"])
        XCTAssertEqual(rows.map(\.number), Array(1...12))
        XCTAssertEqual(rows.filter(\.fromTable).count, 10)
        // The table's own words, its "their" for "there" included [003:363].
        XCTAssertEqual(rows[1].condition, "Assess the capacity in the service to support innovation – is their sufficient stability to cope with the potential disruption of redesigned services?")
        XCTAssertEqual(rows[9].condition, "Consider embedded/practitioner researchers as a potential way to address the research-practice gap")
        XCTAssertEqual(rows[10].condition, "Anticipate 6-12 months minimum lead-in for innovations requiring significant restructuring, new models of commissioning or delivery and de-regulation")
        XCTAssertEqual(rows[11].condition, "Build in time and flexibility to sustain and progress the project in the face of unpredictable pressures")
        XCTAssertEqual(AuditOfService.nowQuestion, "What happens now in your service?")
        XCTAssertEqual(AuditOfService.row(id: "LEAD-IN")?.number, 11)
    }

    func testEveryRowNameIsDocumentedInTheLanguageGuide() throws {
        let guide = try Repository.read("docs/language.md")
        for row in AuditOfService.rows {
            XCTAssertTrue(guide.contains("| `\(row.id)` |"), "docs/language.md does not list the audit row `\(row.id)`")
        }
    }

    // MARK: - Answers

    func testThePlansAnswersAreShownAndMissingOnesAreNil() {
        let data = row("data", in: """
            theory "Plan"
            audit data "Data"
              now "Mosaic records referrals"
              needs "Step-up counts"
            audit data
              now "A second answer"
            """)
        XCTAssertEqual(data.now, "Mosaic records referrals")
        XCTAssertEqual(data.needs, "Step-up counts")
        XCTAssertNil(data.progress)
        XCTAssertTrue(data.isAnswered)
        XCTAssertFalse(data.isFullyAnswered)
        XCTAssertEqual(data.answerLine, 2)
        XCTAssertEqual(data.repeatedAnswerLines, [5])
    }

    func testAnswersForRowsTheChecklistDoesNotHaveAreListedWithASuggestion() {
        let report = report("""
            theory "Plan"
            audit leadin
              now "Nine months"
            """)
        XCTAssertEqual(report.unrecognisedAnswers.map(\.row), ["leadin"])
        XCTAssertEqual(report.unrecognisedAnswers.map(\.line), [2])
        XCTAssertEqual(report.unrecognisedAnswers.map(\.suggestion), ["lead-in"])
    }

    func testRowsWithNothingToComputeAreAnsweredOrNotAnswered() {
        XCTAssertEqual(row("researchers", in: "theory \"Plan\"\n").status, .notAnswered)
        let answered = row("researchers", in: """
            theory "Plan"
            audit researchers
              now "A university partner embeds a researcher in each team"
            """)
        XCTAssertEqual(answered.status, .answered)
        XCTAssertEqual(evidence(answered), "No input or activity mentions researchers or evaluators.")
    }

    // MARK: - Evidence from the model

    func testRecruitmentAboveTheCohortIsEvidenced() {
        let recruitment = row("recruitment", in: """
            cohort adolescents "Young people"
              size 300
              recruit 360
            """)
        XCTAssertEqual(recruitment.status, .evidenced)
        XCTAssertEqual(evidence(recruitment), "`adolescents`: 360 sought for a cohort of 300, 20% above.")
    }

    func testRecruitmentWithNoMarginNeedsAttentionAndLinksItsFinding() {
        let report = report("""
            cohort adolescents "Young people"
              size 300
              recruit 300
            """)
        let recruitment = report.checklist.first { $0.row.id == "recruitment" }!
        XCTAssertEqual(recruitment.status, .attention)
        XCTAssertEqual(evidence(recruitment), "`adolescents`: 300 sought for a cohort of 300, no margin.")
        let linked = recruitment.findings.map { number in report.findings.first { $0.number == number }!.ruleID }
        XCTAssertEqual(linked, ["recruitment-not-above-need"])
    }

    func testDataCountsOutcomesWithABaselineAvailableNow() {
        var plan = "theory \"Plan\"\n  starts 2020-01\n"
        for index in 1...6 {
            plan += "outcome o\(index) \"Outcome \(index)\"\n  horizon immediate\n"
            if index <= 4 { plan += "  indicator i\(index) \"Indicator \(index)\"\n    baseline \(index * 10)% in 2019 available\n" }
            if index == 5 { plan += "  indicator i5 \"Indicator 5\"\n    baseline collected from 2020-06\n" }
        }
        let data = row("data", in: plan)
        XCTAssertEqual(data.evidence.first?.description, "4 of 6 outcomes have indicators with a baseline available now.")
        XCTAssertTrue(evidence(data).contains("1 more have a baseline still to be collected: `o5`."), evidence(data))
        XCTAssertTrue(evidence(data).contains("1 have no indicator: `o6`."), evidence(data))
        XCTAssertTrue(evidence(data).contains("0 of 5 indicators are complete"), evidence(data))
    }

    func testComparatorsCountLongTermOutcomesWithAStrongerDesign() {
        var plan = "theory \"Plan\"\n"
        for index in 1...5 {
            plan += "outcome o\(index) \"Outcome \(index)\"\n  horizon long-term\n"
            if index <= 2 { plan += "  indicator i\(index) \"Indicator \(index)\"\n    design stronger comparator \"matched councils\"\n" }
        }
        let comparators = row("comparators", in: plan)
        XCTAssertEqual(comparators.evidence.first?.description, "Stronger design declared for 2 of 5 long-term outcomes: `o1` and `o2`.")
        XCTAssertEqual(comparators.status, .evidenced)
        let none = row("comparators", in: "outcome o \"O\"\n  horizon long-term\n")
        XCTAssertEqual(none.status, .attention)
    }

    func testLeadInIsMeasuredToTheImplementationThatFollowsASetUp() {
        let leadIn = row("lead-in", in: """
            theory "Plan"
              starts 2020-01
            activity restructure "Restructure the teams"
              phase set-up
              from month 1 to month 10
              involves restructuring
            activity deliver "Deliver the new model"
              phase implementation
              from month 12 to month 36
            restructure -> deliver
            """)
        XCTAssertEqual(leadIn.status, .evidenced)
        XCTAssertEqual(evidence(leadIn), "`restructure` (restructuring): its implementation, `deliver`, begins in December 2020, 11 months after the plan starts.")
    }

    func testAShortLeadInNeedsAttention() {
        let report = report("""
            theory "Plan"
              starts 2020-01
            activity restructure "Run the new teams"
              phase implementation
              from month 3 to month 24
              involves restructuring, new-delivery-model
            """)
        let leadIn = report.checklist.first { $0.row.id == "lead-in" }!
        XCTAssertEqual(leadIn.status, .attention)
        XCTAssertTrue(evidence(leadIn).hasPrefix("`restructure` (restructuring, new delivery model): implemented from March 2020, 2 months after the plan starts."), evidence(leadIn))
        XCTAssertEqual(leadIn.findings.compactMap { number in report.findings.first { $0.number == number }?.ruleID }, ["short-lead-in"])
    }

    func testLeadershipRisksAreListedAndTheirAbsenceIsAGapForSystemChange() {
        let missing = row("leadership", in: "theory \"Reform\"\n  kind system-change\n")
        XCTAssertEqual(missing.status, .attention)
        let present = row("leadership", in: """
            theory "Reform"
              kind system-change
            risk leaders-leave "Senior leaders leave post"
              impact high
              mitigation "Written records of decisions"
            """)
        XCTAssertEqual(present.status, .evidenced)
        XCTAssertEqual(evidence(present), "Leadership and staff-stability risks and assumptions: `leaders-leave` (risk, high impact, with a mitigation).")
    }

    func testPopulationNeedsACohortWithEligibility() {
        XCTAssertEqual(row("population", in: "theory \"Plan\"\n").status, .attention)
        let defined = row("population", in: "cohort c \"Care leavers\"\n  eligibility \"Aged 18 to 21\"\n  size 40\n")
        XCTAssertEqual(defined.status, .evidenced)
        XCTAssertEqual(evidence(defined), "Cohort `c`: eligibility stated, size 40.")
    }

    func testFlexibilityLooksForRisksWithMitigations() {
        let flexibility = row("flexibility", in: """
            theory "Plan"
              starts 2020-01
              ends 2021-12
            activity a "A"
              phase implementation
              from month 1 to month 20
            risk ofsted "An inspection diverts managers"
            """)
        XCTAssertEqual(flexibility.status, .attention)
        XCTAssertEqual(evidence(flexibility), """
            1 risk named, 0 with a mitigation.
            Without a mitigation: `ofsted`.
            The last activity ends in August 2021, 4 months before the plan ends.
            """)
    }

    func testSuppressedFindingsOnARowsRulesAreShownWithTheirReason() {
        let report = report("""
            # toc-ignore: recruitment-not-above-need the whole cohort is already referred
            cohort c "Families"
              size 30
              recruit 30
            """)
        let recruitment = report.checklist.first { $0.row.id == "recruitment" }!
        XCTAssertEqual(recruitment.setAside.map(\.description), ["`recruitment-not-above-need` at line 2: the whole cohort is already referred"])
        XCTAssertEqual(report.suppressed.map(\.reason), ["the whole cohort is already referred"])
        XCTAssertFalse(report.findings.contains { $0.ruleID == "recruitment-not-above-need" })
    }

    // MARK: - Summary and verdict

    func testTheVerdictFollowsErrorsAndWarnings() {
        let broken = report("activity a \"A\"\na -> nowhere\n")
        XCTAssertEqual(broken.summary.verdict, .needsWork)
        XCTAssertGreaterThan(broken.summary.errors, 0)
        XCTAssertTrue(broken.summary.line.hasPrefix("Needs work before funding: "), broken.summary.line)
        let clean = Analysis(file: SourceFile(path: "plan.toc", text: try! Repository.read("examples/family-safeguarding.toc"))).auditReport
        XCTAssertEqual(clean.summary.verdict, clean.summary.errors + clean.summary.warnings == 0 ? .ready : .needsWork)
    }

    func testFindingsAreNumberedErrorsFirstAndLinkedToTheirElements() {
        let report = report("""
            theory "Plan"
            input unused "Never used"
            activity a "A"
            a -> nowhere
            """)
        let severities = report.findings.map(\.severity)
        XCTAssertEqual(severities, severities.sorted(by: >))
        XCTAssertEqual(report.findings.map(\.number), Array(1...report.findings.count))
        let unused = report.findings.first { $0.ruleID == "unused-input" }!
        XCTAssertEqual(unused.element, "unused")
        XCTAssertEqual(unused.location.description, "plan.toc:2:1")
        XCTAssertEqual(report.elementFindings["unused"], unused.number)
    }
}
