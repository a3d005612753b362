import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The plan's framework: choosing it, unknown ids in `features` and `contributes-to`, and what nothing addresses.
final class FrameworkRuleTests: XCTestCase {
    private func check(_ source: MarkedSource, _ ids: Set<String>, path: String = "test.toc") -> [Diagnostic] {
        Analysis(file: source.file(path: path), rules: RuleRegistry.coverage.filter { ids.contains($0.id) }).diagnostics
    }

    // MARK: - unknown-framework-id

    func testMisspeltFeatureGetsDidYouMeanWithFixIt() throws {
        let source = MarkedSource("""
            activity meetings "Family Network Meetings"
              features family-focus, 1️⃣strenghts-based
            """)
        let findings = check(source, ["unknown-framework-id"])
        assertDiagnostics(findings, in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework-id", severity: .error, message: "`dfe-7x7` has no practice feature `strenghts-based`", hint: "did you mean `strengths-based`?"),
        ])
        let fixed = FixIt.apply(findings.flatMap(\.fixIts), to: source.file())
        XCTAssertTrue(fixed.contains("features family-focus, strengths-based"))
        XCTAssertEqual(check(MarkedSource(fixed), ["unknown-framework-id"]), [])
    }

    func testMisspeltFrameworkOutcome() {
        let source = MarkedSource("""
            outcome safer "Children are safer"
              horizon long-term
              contributes-to 1️⃣reduce-risk
            """)
        assertDiagnostics(check(source, ["unknown-framework-id"]), in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework-id", message: "`dfe-7x7` has no framework outcome `reduce-risk`", hint: "did you mean `reducing-risk`?"),
        ])
    }

    func testFeatureNamedAsAnOutcomeAndTheOtherWayRound() {
        let source = MarkedSource("""
            activity meetings "Family Network Meetings"
              features 1️⃣reducing-risk
            outcome safer "Children are safer"
              horizon long-term
              contributes-to 2️⃣systemic
            """)
        assertDiagnostics(check(source, ["unknown-framework-id"]), in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework-id", message: "`reducing-risk` is one of `dfe-7x7`'s outcomes, not a practice feature", hint: "`contributes-to reducing-risk`"),
            DiagnosticSpec("2️⃣", "unknown-framework-id", message: "`systemic` is a practice feature of `dfe-7x7`, not a framework outcome", hint: "`features systemic`"),
        ])
    }

    func testUnrelatedWordListsTheFeatures() {
        let source = MarkedSource("""
            activity meetings "Family Network Meetings"
              features 1️⃣xyzzy
            """)
        assertDiagnostics(check(source, ["unknown-framework-id"]), in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework-id", hint: "its practice features are `strengths-based`, `systemic`"),
        ])
    }

    // MARK: - unaddressed-framework-outcome, unaddressed-practice-feature

    func testUnaddressedOutcomesAndFeaturesAreListedAtTheFrameworkLine() {
        let source = MarkedSource("""
            theory "Plan"
              framework 1️⃣dfe-7x7
            activity meetings "Family Network Meetings"
              features strengths-based, systemic, multi-disciplinary, group-case-discussion, family-focus, intensity-consistency
            outcome safer "Children are safer"
              horizon long-term
              contributes-to reducing-risk, greater-stability, increasing-wellbeing, staff-wellbeing, reducing-turnover
            """)
        assertDiagnostics(check(source, ["unaddressed-framework-outcome", "unaddressed-practice-feature"]), in: source, [
            DiagnosticSpec("1️⃣", "unaddressed-framework-outcome", severity: .info,
                           message: "2 of the 7 outcomes of `dfe-7x7` are not addressed by any outcome in this plan: `reducing-days-in-care` and `value-for-money`"),
            DiagnosticSpec("1️⃣", "unaddressed-practice-feature", severity: .info,
                           message: "1 of the 7 practice features of `dfe-7x7` is not put into practice by any activity: `direct-work`"),
        ])
    }

    func testWithoutATheoryLineTheListIsAtTheStart() {
        let source = MarkedSource("1️⃣activity meetings \"Family Network Meetings\"\n  features family-focus\n")
        let findings = check(source, ["unaddressed-practice-feature"])
        assertDiagnostics(findings, in: source, [DiagnosticSpec("1️⃣", "unaddressed-practice-feature", message: "6 of the 7")])
    }

    /// A plan that neither names a framework nor links to one is not told on every check that it addresses none of
    /// it (`toc coverage` shows it).
    func testPlanThatDoesNotUseTheFrameworkIsNotTold() {
        let source = MarkedSource("theory \"Plan\"\nactivity meetings \"Family Network Meetings\"\n")
        assertDiagnostics(check(source, ["unaddressed-practice-feature", "unaddressed-framework-outcome"]), in: source, [])
    }

    /// A plan that neither names a framework nor links anything to one is not told, on every check, that it
    /// addresses none of it (`toc coverage` shows that).
    func testAPlanThatDoesNotUseTheFrameworkIsNotToldItMissesAllOfIt() {
        let source = MarkedSource("activity meetings \"Family Network Meetings\"\noutcome o \"O\"\n  horizon immediate\n")
        assertDiagnostics(check(source, ["unaddressed-practice-feature", "unaddressed-framework-outcome"]), in: source, [])
    }

    // MARK: - Choosing the framework

    func testMisspeltFrameworkName() throws {
        let source = MarkedSource("""
            theory "Plan"
              framework 1️⃣dfe7x7
            """)
        let findings = check(source, [])
        assertDiagnostics(findings, in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework", severity: .error, message: "unknown framework `dfe7x7`", hint: "did you mean `dfe-7x7`?"),
        ])
        XCTAssertEqual(findings.first?.fixIts.first?.replacement, "dfe-7x7")
    }

    func testUnknownFrameworkSilencesTheFrameworkRules() {
        let source = MarkedSource("""
            theory "Plan"
              framework 1️⃣nesta
            activity meetings "Meetings"
              features anything
            """)
        assertDiagnostics(check(source, RuleRegistry.coverageIDs), in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework", hint: "write its name in quotes"),
        ])
    }

    func testFrameworkFileBesideThePlan() throws {
        let folder = try temporaryFolder()
        try """
            id: youth-justice
            features:
              - id: mentoring
                name: Mentoring
            outcomes:
              - id: less-offending
                name: Less offending
            """.write(to: folder.appendingPathComponent("yj.yml"), atomically: true, encoding: .utf8)
        let source = MarkedSource("""
            theory "Plan"
              framework "yj.yml"
            activity mentors "Mentoring"
              features mentoring, 1️⃣strengths-based
            outcome fewer "Less offending"
              horizon long-term
              contributes-to less-offending
            """)
        let path = folder.appendingPathComponent("plan.toc").path
        assertDiagnostics(check(source, ["unknown-framework-id", "unaddressed-framework-outcome"], path: path), in: source, [
            DiagnosticSpec("1️⃣", "unknown-framework-id", message: "`youth-justice` has no practice feature `strengths-based`", hint: "its practice features are `mentoring`"),
        ])
        XCTAssertEqual(Analysis(file: source.file(path: path)).framework?.id, "youth-justice")
    }

    func testMissingFrameworkFile() throws {
        let folder = try temporaryFolder()
        let source = MarkedSource("theory \"Plan\"\n  framework 1️⃣\"ours.yml\"\n")
        assertDiagnostics(check(source, [], path: folder.appendingPathComponent("plan.toc").path), in: source, [
            DiagnosticSpec("1️⃣", "framework-file", severity: .error, message: "cannot find the framework file `ours.yml`", hint: "taken from the plan's folder"),
        ])
    }

    func testFrameworkFileMustBeYAML() {
        let source = MarkedSource("theory \"Plan\"\n  framework 1️⃣\"/etc/passwd\"\n")
        assertDiagnostics(check(source, []), in: source, [
            DiagnosticSpec("1️⃣", "framework-file", message: "`/etc/passwd` is not a framework file: its name should end in `.yml` or `.yaml`"),
        ])
    }

    /// Each mistake in a framework file is its own message on the plan's `framework` line, with its line and column.
    func testMistakesInAFrameworkFileGiveTheirLineAndColumn() throws {
        let folder = try temporaryFolder()
        try "outcomes:\n  - id: safer\n    nam: Safer\n  - name: Stable\n".write(to: folder.appendingPathComponent("ours.yaml"), atomically: true, encoding: .utf8)
        let source = MarkedSource("theory \"Plan\"\n  framework 1️⃣\"ours.yaml\"\n")
        assertDiagnostics(check(source, [], path: folder.appendingPathComponent("plan.toc").path), in: source, [
            DiagnosticSpec("1️⃣", "framework-file", message: "in `ours.yaml`, line 3, column 5: `nam` is not something an outcome can have", hint: "did you mean `name`?"),
            DiagnosticSpec("1️⃣", "framework-file", message: "in `ours.yaml`, line 2, column 5: the outcome `safer` has no `name`"),
            DiagnosticSpec("1️⃣", "framework-file", message: "in `ours.yaml`, line 4, column 5: this outcome has no `id`"),
        ])
    }

    func testFrameworkDefaultsToDFE() {
        XCTAssertEqual(Analysis(file: SourceFile(path: "plan.toc", text: "theory \"Plan\"\n")).framework?.id, "dfe-7x7")
        XCTAssertEqual(Analysis(file: SourceFile(path: "plan.toc", text: "")).framework?.id, "dfe-7x7")
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-framework-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
