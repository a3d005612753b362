import Foundation
import TocTestSupport
import XCTest

/// The rule engine from the command line: `--strict`, suppressions, a plan's `rules` block, a `toc.config` beside
/// the plan, and `toc explain`.
final class RuleEngineCLITests: TemporaryFolderTestCase {
    /// A plan with no warnings under every rule (only notes about the framework), to which tests add one.
    static let plan = """
        theory "Rule engine plan"
          kind targeted-service
          starts 2020-01
          ends 2020-12
        input grant "Grant"
        activity scoping "Scope the training with staff"
          phase design
        activity training "Train staff"
          phase implementation
          uses grant
        outcome confident "Staff feel confident"
          horizon immediate
          for staff
          indicator confidence "Staff who feel confident"
            source "Staff survey"
            frequency quarterly
            baseline 40% in 2019-12 available
            target 60% by 2020-12
        scoping -> training -> confident

        """

    @discardableResult
    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func toc(_ arguments: String...) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments + (arguments.first == "check" ? ["--color", "never"] : []), in: folder)
    }

    // MARK: - --strict

    func testTheBasePlanHasNoWarnings() throws {
        try write(Self.plan, "plan.toc")
        let run = try toc("check", "plan.toc", "--strict")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertFalse(run.stdout.contains("warning"), run.stdout)
    }

    func testStrictFailsOnWarnings() throws {
        try write(Self.plan + "input spare \"Spare\"\n", "plan.toc")
        let relaxed = try toc("check", "plan.toc")
        XCTAssertEqual(relaxed.status, 0, relaxed.stdout)
        XCTAssertTrue(relaxed.stdout.contains("warning[unused-input]"), relaxed.stdout)
        let strict = try toc("check", "plan.toc", "--strict")
        XCTAssertEqual(strict.status, 1, strict.stdout)
        XCTAssertTrue(strict.stdout.contains("plan.toc:20:1: warning[unused-input]: no activity uses `spare`"), strict.stdout)
    }

    /// A warning set aside with a reason, or lowered to information by the plan, does not fail `--strict`.
    func testStrictPassesWhenTheWarningIsSetAsideOrLowered() throws {
        try write(Self.plan + "input spare \"Spare\"  # toc-ignore: unused-input kept for the second year\n", "ignored.toc")
        let ignored = try toc("check", "ignored.toc", "--strict")
        XCTAssertEqual(ignored.status, 0, ignored.stdout)
        XCTAssertTrue(ignored.stdout.hasSuffix(" (1 set aside with toc-ignore)\n"), ignored.stdout)
        XCTAssertFalse(ignored.stdout.contains("unused-input"), ignored.stdout)

        try write(Self.plan + "input spare \"Spare\"\nrules\n  unused-input info\n", "lowered.toc")
        let lowered = try toc("check", "lowered.toc", "--strict")
        XCTAssertEqual(lowered.status, 0, lowered.stdout)
        XCTAssertTrue(lowered.stdout.contains("info[unused-input]"), lowered.stdout)
    }

    /// The summary line counts what was set aside, so a funder sees it even though the findings are not shown.
    func testSummaryCountsWhatWasSetAside() throws {
        try write(Self.plan + """
            # toc-ignore: unused-input kept for the second year
            input spare "Spare"
            input reserve "Reserve"  # toc-ignore: unused-input held back for emergencies

            """, "plan.toc")
        let run = try toc("check", "plan.toc")
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.hasPrefix("plan.toc: ") || run.stdout.contains("\nplan.toc: "), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix(" (2 set aside with toc-ignore)\n"), run.stdout)
    }

    /// A suppression without a reason is a warning, so `--strict` fails until the reason is written.
    func testSuppressionWithoutAReasonFailsStrict() throws {
        try write(Self.plan + "input spare \"Spare\"  # toc-ignore: unused-input\n", "plan.toc")
        let run = try toc("check", "plan.toc", "--strict")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("warning[suppression-without-reason]"), run.stdout)
    }

    // MARK: - toc.config

    /// The reviewer's `toc.config` beside the plan wins over the plan's own `rules` block.
    func testConfigurationFileOverridesThePlansRulesBlock() throws {
        try write(Self.plan + "input spare \"Spare\"\nrules\n  unused-input off\n", "bids/plan.toc")
        let before = try toc("check", "bids/plan.toc")
        XCTAssertEqual(before.status, 0, before.stdout)
        XCTAssertFalse(before.stdout.contains("unused-input"), before.stdout)

        try write("# The funder's settings\nrules\n  unused-input error\n", "bids/toc.config")
        let after = try toc("check", "bids/plan.toc")
        XCTAssertEqual(after.status, 1, after.stdout)
        XCTAssertTrue(after.stdout.contains("error[unused-input]: no activity uses `spare`"), after.stdout)
        XCTAssertEqual(after.stderr, "")
    }

    /// A `toc.config` applies to the plans in its own folder only.
    func testConfigurationFileAppliesOnlyToItsFolder() throws {
        try write("rules\n  unused-input error\n", "toc.config")
        try write(Self.plan + "input spare \"Spare\"\n", "bids/plan.toc")
        let run = try toc("check", "bids/plan.toc")
        XCTAssertEqual(run.status, 0, run.stdout)
        XCTAssertTrue(run.stdout.contains("warning[unused-input]"), run.stdout)
    }

    /// Anything but a `rules` block in `toc.config` is reported (once, however many plans), and fails the run.
    func testConfigurationFileWithOtherContentIsReported() throws {
        try write("input grant \"Grant\"\nrules\n  unused-inputs off\n", "bids/toc.config")
        try write(Self.plan, "bids/a.toc")
        try write(Self.plan, "bids/b.toc")
        let run = try toc("check", "bids")
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(
            run.stderr.contains("toc.config:1:1: error[bad-rule-setting]: a toc.config holds only a `rules` block, not an input"),
            run.stderr
        )
        XCTAssertTrue(run.stderr.contains("warning[unknown-rule]: there is no rule `unused-inputs`"), run.stderr)
        XCTAssertTrue(run.stderr.contains("did you mean `unused-input`?"), run.stderr)
        XCTAssertEqual(run.stderr.components(separatedBy: "bad-rule-setting").count - 1, 1, "reported once: \(run.stderr)")
    }

    // MARK: - explain

    func testExplainPrintsRationaleAndEvidenceWithItsSource() throws {
        let run = try toc("explain", "short-lead-in")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("short-lead-in (warning by default)\n"), run.stdout)
        for part in [
            "Restructuring, new commissioning or delivery models, or deregulation start within 6 months.",
            "12 is the prudent lead-in",
            "Evidence: \"Anticipate 6-12 months minimum lead-in",
            "(Thematic Report 4: Systemic conditions for innovation (Rees Centre, 2017) [003:72, 352])",
            "Example that triggers it:",
            "      involves restructuring",
            "# toc-ignore: short-lead-in <why>",
        ] {
            XCTAssertTrue(run.stdout.contains(part), "missing “\(part)” in:\n\(run.stdout)")
        }
    }

    /// Rule ids are matched without regard to capitals; a rule resting on no research finding has no evidence line.
    func testExplainIgnoresCapitalsAndOmitsMissingEvidence() throws {
        let run = try toc("explain", "Outcome-Before-Activities")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("outcome-before-activities (error by default)\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("Evidence:"), run.stdout)
    }

    /// Every rule in the catalogue, one line each, in catalogue order.
    func testExplainWithoutARuleListsThemAll() throws {
        let run = try toc("explain")
        XCTAssertEqual(run.status, 0, run.stderr)
        let catalogue = try Repository.read("docs/rules.md")
        let ids = catalogue.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| [`"), let end = line.dropFirst(4).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 4)..<end])
        }
        XCTAssertGreaterThan(ids.count, 30)
        let listed = run.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        XCTAssertEqual(listed, ids)
        XCTAssertTrue(run.stdout.contains("short-lead-in "), run.stdout)
        XCTAssertTrue(run.stdout.contains("no-leadership-risk "), run.stdout)
    }

    func testExplainOfAnUnknownRuleIsAUsageErrorWithASuggestion() throws {
        let close = try toc("explain", "short-leadin")
        XCTAssertEqual(close.status, 64)
        XCTAssertTrue(close.stderr.contains("there is no rule `short-leadin`; did you mean `short-lead-in`?"), close.stderr)
        XCTAssertEqual(close.stdout, "")
        let far = try toc("explain", "zzzzzz")
        XCTAssertEqual(far.status, 64)
        XCTAssertTrue(far.stderr.contains("there is no rule `zzzzzz`; run `toc explain` to list them"), far.stderr)
    }
}
