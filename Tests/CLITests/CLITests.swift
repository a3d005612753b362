import Foundation
import TocTestSupport
import XCTest

/// End-to-end tests: run the built `toc` binary and check what it prints and its exit status.
final class CLITests: TemporaryFolderTestCase {
    static let clean = """
        theory "Clean plan"
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
          indicator confidence "Staff who rate their confidence 4 or 5 out of 5"
            measure percentage
            direction up
            source "Staff survey"
            frequency quarterly
            baseline 40% in 2020-01 available
            target 70% by 2020-12
        scoping -> training -> confident

        """

    static let withWarning = """
        theory "Plan with an unused input"
        input grant "Grant"
        input spare "Unused resource"
        activity training "Train staff"
          uses grant
        outcome confident "Staff feel confident"
          horizon immediate
        training -> confident

        """

    static let broken = """
        theory "Broken plan"
        activity training "Train staff"
          phase implemention
        outcome confident "Staff feel confident"
          horizon immediate
        training -> confidnt

        """

    @discardableResult
    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func toc(_ arguments: String...) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments, in: folder)
    }

    // MARK: - General

    func testVersion() throws {
        let run = try toc("--version")
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    }

    func testHelpListsSubcommandsAndExitCodes() throws {
        let run = try toc("--help")
        XCTAssertEqual(run.status, 0)
        for word in ["check", "render", "export", "Exit status", "64", "66", "73"] {
            XCTAssertTrue(run.stdout.contains(word), "help lacks \(word)")
        }
    }

    func testUnknownOptionIsUsageError() throws {
        let run = try toc("check", "--no-such-option", "x.toc")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("no-such-option"))
    }

    // MARK: - check

    func testCheckCleanPlan() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("check", "clean.toc")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "clean.toc: no problems found\n")
    }

    func testCheckBrokenPlanShowsLocationLineCaretAndHint() throws {
        try write(Self.broken, "broken.toc")
        let run = try toc("check", "broken.toc", "--color", "never")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("broken.toc:3:9: error[unknown-value]: unknown phase `implemention`"), run.stdout)
        XCTAssertTrue(run.stdout.contains("3 |   phase implemention\n  |         ^^^^^^^^^^^^"), run.stdout)
        XCTAssertTrue(run.stdout.contains("hint: did you mean `implementation`?"), run.stdout)
        XCTAssertTrue(run.stdout.contains("broken.toc:6:13: error[undefined-reference]"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("broken.toc: 2 errors, 2 warnings\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("\u{1B}["), "--color never must not colour")
    }

    func testColorAlways() throws {
        try write(Self.broken, "broken.toc")
        let run = try toc("check", "broken.toc", "--color", "always")
        XCTAssertTrue(run.stdout.contains("\u{1B}[1;31merror[unknown-value]"), run.stdout)
    }

    func testWarningsPassUnlessStrict() throws {
        try write(Self.withWarning, "plan.toc")
        XCTAssertEqual(try toc("check", "plan.toc").status, 0)
        let strict = try toc("check", "plan.toc", "--strict")
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stdout.contains("warning[unused-input]"))
    }

    func testCheckFolderChecksEveryPlanAndSummarises() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bids/late"), withIntermediateDirectories: true)
        try write(Self.clean, "bids/a.toc")
        try write(Self.broken, "bids/late/b.toc")
        try write("not a plan", "bids/notes.txt")
        let run = try toc("check", "bids")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("bids/a.toc: no problems found"), run.stdout)
        XCTAssertTrue(run.stdout.contains("bids/late/b.toc: 2 errors, 2 warnings"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("Checked 2 plans: 2 errors, 2 warnings.\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("notes.txt"))
    }

    func testCheckJSON() throws {
        try write(Self.broken, "broken.toc")
        let run = try toc("check", "broken.toc", "--format", "json")
        XCTAssertEqual(run.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 1)
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        let diagnostics = try XCTUnwrap(files.first?["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(diagnostics.map { $0["id"] as? String }, ["unknown-value", "outcome-without-indicator", "unreached-outcome", "undefined-reference"])
        let first = try XCTUnwrap(diagnostics.first { $0["id"] as? String == "unknown-value" })
        XCTAssertEqual((first["start"] as? [String: Any])?["line"] as? Int, 3)
        XCTAssertEqual((first["start"] as? [String: Any])?["column"] as? Int, 9)
    }

    func testMissingFileExits66() throws {
        let run = try toc("check", "nowhere.toc")
        XCTAssertEqual(run.status, 66)
        XCTAssertTrue(run.stderr.contains("cannot find `nowhere.toc`"), run.stderr)
    }

    func testFolderWithoutPlansExits66() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let run = try toc("check", "empty")
        XCTAssertEqual(run.status, 66)
        XCTAssertTrue(run.stderr.contains("no `.toc` files"), run.stderr)
    }

    // MARK: - render

    func testRenderSVGBesideThePlanByDefault() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("render", "clean.toc")
        XCTAssertEqual(run.status, 0, run.stderr)
        let svg = try String(contentsOf: folder.appendingPathComponent("clean.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("Train staff"))
        XCTAssertTrue(svg.contains("Staff feel confident"))
    }

    func testRenderPNGAndPDFByExtension() throws {
        try write(Self.clean, "clean.toc")
        XCTAssertEqual(try toc("render", "clean.toc", "-o", "out.png").status, 0)
        XCTAssertEqual(try toc("render", "clean.toc", "-o", "out.pdf").status, 0)
        let png = try Data(contentsOf: folder.appendingPathComponent("out.png"))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Data(contentsOf: folder.appendingPathComponent("out.pdf"))
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testRenderDOTToStandardOutput() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("render", "clean.toc", "-o", "-", "--format", "dot")
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.hasPrefix("digraph \"theory_of_change\" {"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"training\" -> \"confident\""))
    }

    /// A plan with errors must not replace a good diagram drawn earlier.
    func testBrokenPlanDoesNotClobberAnExistingDiagram() throws {
        try write("previous diagram", "plan.svg")
        try write(Self.broken, "plan.toc")
        let run = try toc("render", "plan.toc", "-o", "plan.svg")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("nothing was drawn"), run.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("plan.svg"), encoding: .utf8), "previous diagram")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [])
    }

    func testForceDrawsAPlanWithErrors() throws {
        try write(Self.broken, "plan.toc")
        let run = try toc("render", "plan.toc", "-o", "plan.svg", "--force")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.svg").path))
    }

    func testUnknownOutputExtensionIsUsageError() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("render", "clean.toc", "-o", "clean.docx")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains(".svg, .png, .pdf or .dot"), run.stderr)
    }

    func testUnwritableOutputExits73() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("render", "clean.toc", "-o", "no/such/folder/out.svg")
        XCTAssertEqual(run.status, 73)
        XCTAssertTrue(run.stderr.contains("does not exist"), run.stderr)
    }

    // MARK: - export

    func testExportJSON() throws {
        try write(Self.clean, "clean.toc")
        let run = try toc("export", "clean.toc", "--format", "json")
        XCTAssertEqual(run.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["schema"] as? String, "toc-model")
        XCTAssertEqual(json["version"] as? Int, 1)
        let nodes = try XCTUnwrap(json["nodes"] as? [[String: Any]])
        XCTAssertEqual(nodes.map { $0["id"] as? String }, ["grant", "scoping", "training", "confident"])
    }

    func testExportOfBrokenPlanDoesNotWriteFileWithoutForce() throws {
        try write(Self.broken, "plan.toc")
        let run = try toc("export", "plan.toc", "-o", "plan.json")
        XCTAssertEqual(run.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.json").path))
    }
}
