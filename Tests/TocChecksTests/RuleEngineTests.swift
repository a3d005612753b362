import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The rule engine around the rules: `# toc-ignore:` suppressions with reasons, the plan's `rules` block, and a
/// `toc.config` beside the plan. The structural rules are enough to exercise it.
final class RuleEngineTests: XCTestCase {
    private func analyse(_ source: MarkedSource, configuration: RuleConfiguration = RuleConfiguration()) -> Analysis {
        Analysis(file: source.file(), configuration: configuration, rules: structuralRules)
    }

    private func check(_ source: MarkedSource) -> [Diagnostic] {
        analyse(source).diagnostics
    }

    /// A clean plan; tests add an unused input, a stray outcome or a skipping link to it.
    static let plan = """
        theory "Engine test"
          kind targeted-service
          starts 2020-01
          ends 2022-12
        input grant "Grant"
        activity training "Train staff"
          phase implementation
          uses grant
        outcome confident "Staff feel confident"
          horizon immediate
        outcome practice "Practice improves"
          horizon intermediate
        training -> confident -> practice

        """

    // MARK: - Suppressions

    func testSuppressionOnTheLineAbove() throws {
        let source = MarkedSource(Self.plan + """
            # toc-ignore: unused-input kept for the second year of delivery
            input spare "Second-year budget"
            1️⃣input other "Unused too"
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unused-input", message: "no activity uses `other`"),
        ])
        let suppressed = try XCTUnwrap(analysis.suppressed.first)
        XCTAssertEqual(analysis.suppressed.count, 1)
        XCTAssertEqual(suppressed.finding.id, "unused-input")
        XCTAssertEqual(suppressed.finding.message, "no activity uses `spare`")
        XCTAssertEqual(suppressed.suppression.ruleIDs, ["unused-input"])
        XCTAssertEqual(suppressed.suppression.reason, "kept for the second year of delivery")
    }

    func testSuppressionAtTheEndOfALine() {
        let source = MarkedSource(Self.plan + """
            input spare "Second-year budget"  # toc-ignore: unused-input kept for the second year
            1️⃣input other "Unused too"
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [DiagnosticSpec("1️⃣", "unused-input")])
        XCTAssertEqual(analysis.suppressed.map(\.finding.id), ["unused-input"])
    }

    /// A suppression sets aside its own rule's finding; another rule's finding on the same line stands.
    func testSuppressionSetsAsideOnlyTheNamedRule() {
        let source = MarkedSource(Self.plan + """
            1️⃣outcome stray "Still being designed"  # toc-ignore: outcome-without-horizon the horizon is agreed in March
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [DiagnosticSpec("1️⃣", "unreached-outcome")])
        XCTAssertEqual(analysis.suppressed.map(\.finding.id), ["outcome-without-horizon"])
    }

    /// A comment on a detail line covers that line only, not the declaration it belongs to; a comment above one
    /// declaration does not cover the next.
    func testSuppressionDoesNotReachOtherLines() {
        let source = MarkedSource(Self.plan + """
            1️⃣input spare "Second-year budget"
              description "Held back for 2021"  2️⃣# toc-ignore: unused-input kept for the second year
            # toc-ignore: unused-input kept for the second year
            input reserve "Reserve"
            3️⃣input other "Unused too"
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unused-input", message: "`spare`"),
            DiagnosticSpec("2️⃣", "unused-suppression"),
            DiagnosticSpec("3️⃣", "unused-input", message: "`other`"),
        ])
        XCTAssertEqual(analysis.suppressed.map(\.finding.message), ["no activity uses `reserve`"])
    }

    func testSeveralRulesSeparatedByCommas() {
        let source = MarkedSource(Self.plan + """
            # toc-ignore: outcome-without-horizon, unreached-outcome still being designed with families
            outcome stray "Still being designed"
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [])
        XCTAssertEqual(Set(analysis.suppressed.map(\.finding.id)), ["outcome-without-horizon", "unreached-outcome"])
        XCTAssertEqual(analysis.suppressed.first?.suppression.ruleIDs, ["outcome-without-horizon", "unreached-outcome"])
        XCTAssertEqual(analysis.suppressed.first?.suppression.reason, "still being designed with families")
    }

    /// The marker and the rule ids may be written in capitals; a dash or colon before the reason is dropped.
    func testSuppressionSpellings() {
        let source = MarkedSource(Self.plan + """
            # TOC-IGNORE: Unused-Input - kept for the second year
            input spare "Second-year budget"
            input reserve "Reserve"  # toc-ignore:unused-input: kept in reserve
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [])
        XCTAssertEqual(analysis.suppressed.map(\.suppression.reason), ["kept for the second year", "kept in reserve"])
    }

    func testSuppressionOfALink() {
        let source = MarkedSource(Self.plan + """
            activity coaching "Coach staff"
              uses grant
            coaching -> practice  # toc-ignore: skipped-stage coaching changes practice directly
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [])
        XCTAssertEqual(analysis.suppressed.map(\.finding.id), ["skipped-stage"])
    }

    /// A suppression must say why: without a reason it still sets the finding aside, with a warning asking for one.
    func testSuppressionWithoutAReason() {
        let source = MarkedSource(Self.plan + """
            1️⃣# toc-ignore: unused-input
            input spare "Second-year budget"
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [
            DiagnosticSpec(
                "1️⃣", "suppression-without-reason", severity: .warning,
                message: "say why `unused-input` does not apply here",
                hint: "`# toc-ignore: unused-input the review happened in 2016`; funders read it"
            ),
        ])
        XCTAssertEqual(analysis.suppressed.count, 1)
        XCTAssertNil(analysis.suppressed.first?.suppression.reason)
    }

    /// A misspelt rule id sets nothing aside and gets a suggestion.
    func testSuppressionOfAnUnknownRule() {
        let source = MarkedSource(Self.plan + """
            1️⃣# toc-ignore: unused-inputs kept for the second year
            2️⃣input spare "Second-year budget"
            3️⃣# toc-ignore:
            input reserve "Reserve"  # toc-ignore: unused-input kept in reserve
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [
            DiagnosticSpec(
                "1️⃣", "unknown-rule", severity: .warning, message: "there is no rule `unused-inputs`",
                hint: "did you mean `unused-input`?"
            ),
            DiagnosticSpec("2️⃣", "unused-input"),
            DiagnosticSpec("3️⃣", "unknown-rule", message: "this `toc-ignore` comment names no rule"),
        ])
    }

    /// A suppression with nothing left to set aside is noted, with a fix-it that removes it.
    func testUnusedSuppressionOffersToRemoveIt() throws {
        let source = MarkedSource(Self.plan + """
            1️⃣# toc-ignore: unused-input no longer needed
            input spare "Second-year budget"
            activity coaching "Coach staff"
              uses spare
            coaching -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec(
                "1️⃣", "unused-suppression", severity: .info,
                message: "nothing on this line is reported by `unused-input` any more", hint: "remove the `toc-ignore` comment"
            ),
        ])
        let fixIt = try XCTUnwrap(diagnostics.first?.fixIts.first)
        XCTAssertEqual(fixIt.replacement, "")
        let fixed = FixIt.apply(diagnostics[0].fixIts, to: source.file())
        XCTAssertFalse(fixed.contains("toc-ignore"))
        XCTAssertTrue(fixed.contains("input spare \"Second-year budget\""))
        XCTAssertEqual(check(MarkedSource(fixed)), [], "the fixed plan is clean")
    }

    /// A suppression of a rule the plan switches off is not "unused": it will matter if the rule is switched back on.
    func testSuppressionOfARuleSwitchedOffIsNotReported() {
        let source = MarkedSource(Self.plan + """
            # toc-ignore: unused-input kept for the second year
            input spare "Second-year budget"
            rules
              unused-input off
            """)
        let analysis = analyse(source)
        assertDiagnostics(analysis.diagnostics, in: source, [])
        XCTAssertEqual(analysis.suppressed.count, 0, "a rule that is off finds nothing to set aside")
    }

    // MARK: - The rules block

    func testRulesBlockTurnsARuleOffAndRaisesAnother() {
        let source = MarkedSource(Self.plan + """
            activity coaching "Coach staff"
              uses grant
            coaching -> practice
            1️⃣input spare "Second-year budget"
            rules
              skipped-stage off
              unused-input error
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unused-input", severity: .error),
        ])
    }

    /// `warn`, `note` and `ignore` are accepted for `warning`, `info` and `off`.
    func testRulesBlockSpellings() {
        let source = MarkedSource(Self.plan + """
            1️⃣input spare "Second-year budget"
            2️⃣outcome stray "Still being designed"
            rules
              unused-input note
              outcome-without-horizon ignore
              unreached-outcome warn
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unused-input", severity: .info),
            DiagnosticSpec("2️⃣", "unreached-outcome", severity: .warning),
        ])
    }

    /// A setting that is not a severity is an error with a fix-it to the closest one; a missing setting is reported
    /// once, by the parser. The rule keeps its default.
    func testBadRuleSetting() throws {
        let source = MarkedSource(Self.plan + """
            1️⃣input spare "Second-year budget"
            rules
              unused-input 2️⃣errror
              3️⃣skipped-stage
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unused-input", severity: .warning),
            DiagnosticSpec(
                "2️⃣", "bad-rule-setting", severity: .error, message: "`errror` is not a setting for `unused-input`",
                hint: "write `unused-input off`, or `error`, `warning` or `info`"
            ),
            DiagnosticSpec("3️⃣", "missing-value", severity: .error, message: "`skipped-stage` needs a value"),
        ])
        let bad = try XCTUnwrap(diagnostics.first { $0.message.contains("errror") })
        XCTAssertEqual(bad.fixIts.map(\.replacement), ["error"])
        XCTAssertEqual(bad.fixIts.first?.range.start, source.offset("2️⃣"))
        XCTAssertTrue(FixIt.apply(bad.fixIts, to: source.file()).contains("  unused-input error\n"))
    }

    func testUnknownRuleInTheRulesBlock() {
        let source = MarkedSource(Self.plan + """
            rules
              1️⃣unused-inputs off
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unknown-rule", severity: .warning, message: "there is no rule `unused-inputs`", hint: "did you mean `unused-input`?"),
        ])
    }

    /// Settings from outside the plan (a reviewer's `toc.config`) win over the plan's own `rules` block.
    func testSettingsFromOutsideThePlanWin() {
        let source = MarkedSource(Self.plan + """
            1️⃣input spare "Second-year budget"
            rules
              unused-input off
            """)
        let reviewer = RuleConfiguration(settings: ["unused-input": .severity(.error)])
        assertDiagnostics(analyse(source, configuration: reviewer).diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "unused-input", severity: .error),
        ])
        XCTAssertEqual(RuleConfiguration(settings: ["a": .off, "b": .off]).overridden(by: reviewer).settings, [
            "a": .off, "b": .off, "unused-input": .severity(.error),
        ])
    }

    func testSettingSpellings() {
        XCTAssertEqual(RuleConfiguration.Setting("OFF"), .off)
        XCTAssertEqual(RuleConfiguration.Setting("disabled"), .off)
        XCTAssertEqual(RuleConfiguration.Setting("Error"), .severity(.error))
        XCTAssertEqual(RuleConfiguration.Setting("information"), .severity(.info))
        XCTAssertNil(RuleConfiguration.Setting("fatal"))
    }

    // MARK: - toc.config

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// A `toc.config` beside the plan overrides the plan's own `rules` block.
    func testConfigurationFileBesideThePlanOverridesThePlan() throws {
        let folder = try temporaryFolder()
        let source = MarkedSource(Self.plan + """
            1️⃣input spare "Second-year budget"
            rules
              unused-input off
            """)
        let planPath = folder.appendingPathComponent("plan.toc").path
        try source.text.write(toFile: planPath, atomically: true, encoding: .utf8)
        try "rules\n  unused-input error\n".write(to: folder.appendingPathComponent("toc.config"), atomically: true, encoding: .utf8)

        let (configuration, problems) = try ConfigurationFile.load(forPlanAt: planPath)
        XCTAssertNil(problems)
        XCTAssertEqual(configuration.settings, ["unused-input": .severity(.error)])
        let analysis = Analysis(file: try PlanLoader.load(path: planPath), configuration: configuration, rules: structuralRules)
        assertDiagnostics(analysis.diagnostics, in: source, [DiagnosticSpec("1️⃣", "unused-input", severity: .error)])
    }

    func testNoConfigurationFileMeansTheDefaults() throws {
        let folder = try temporaryFolder()
        let (configuration, problems) = try ConfigurationFile.load(forPlanAt: folder.appendingPathComponent("plan.toc").path)
        XCTAssertEqual(configuration, RuleConfiguration())
        XCTAssertNil(problems)
    }

    /// A `toc.config` holds a `rules` block and nothing else; its unknown rules and bad settings are reported too.
    func testConfigurationFileProblems() throws {
        let source = MarkedSource("""
            1️⃣input grant "Grant"
            rules
              2️⃣unused-inputs off
              skipped-stage 3️⃣of
              unused-input error
            """)
        let (configuration, problems) = ConfigurationFile.read(source.file(path: "toc.config"))
        let found = try XCTUnwrap(problems)
        assertDiagnostics(found.diagnostics, in: source, [
            DiagnosticSpec(
                "1️⃣", "bad-rule-setting", severity: .error, message: "a toc.config holds only a `rules` block, not an input",
                hint: "move this to a plan"
            ),
            DiagnosticSpec("2️⃣", "unknown-rule", hint: "did you mean `unused-input`?"),
            DiagnosticSpec("3️⃣", "bad-rule-setting", message: "`of` is not a setting for `skipped-stage`"),
        ])
        XCTAssertEqual(configuration.settings, ["unused-input": .severity(.error)], "the good lines still apply")
    }
}
