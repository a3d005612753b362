import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocTestSupport
import XCTest

/// End-to-end: `toc coverage`, `toc export --format iati`, `toc render --indicators` and framework files, run as a
/// user would.
final class CoverageCLITests: TemporaryFolderTestCase {
    private var gaps: String { Repository.path("examples/gaps/edge-of-care-bid.toc") }

    private func toc(_ arguments: String...) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments, in: folder)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testCoverageTableListsTheGaps() throws {
        let run = try toc("coverage", gaps)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Not put into practice by any activity: systemic, multi-disciplinary, group-case-discussion"), run.stdout)
        XCTAssertTrue(run.stdout.contains("value-for-money        not addressed"), run.stdout)
        XCTAssertTrue(run.stdout.contains("no source, frequency, baseline, target"), run.stdout)
        XCTAssertTrue(run.stdout.contains("All outcomes           4         1                          25%"), run.stdout)
        XCTAssertTrue(run.stderr.contains("has 8 warnings; `toc check"), "warnings are counted, not listed: \(run.stderr)")
    }

    func testStrictFailsOnGaps() throws {
        XCTAssertEqual(try toc("coverage", gaps, "--strict").status, 1)
    }

    func testFormatFollowsTheOutputName() throws {
        for (name, start) in [("report.md", "# Coverage: "), ("report.csv", "\u{FEFF}Practice features by activity\r\n"), ("report.json", "{\n  \"activities\"")] {
            let run = try toc("coverage", gaps, "-o", name)
            XCTAssertEqual(run.status, 0, run.stderr)
            let written = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            XCTAssertTrue(written.hasPrefix(start), "\(name): \(written.prefix(60))")
        }
    }

    func testSectionAndExplicitFormat() throws {
        let run = try toc("coverage", gaps, "--format", "csv", "--section", "indicators")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("\u{FEFF}indicator,label,measures,"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\r\ncpp-rate,"), run.stdout)
    }

    func testPlanWithErrorsIsNotWrittenToAFile() throws {
        let plan = try write("activity a \"A\"\n  features strenghts-based\n", "plan.toc")
        let run = try toc("coverage", plan, "-o", "out.md")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("did you mean `strengths-based`?"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
        XCTAssertEqual(try toc("coverage", plan, "-o", "out.md", "--force").status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
    }

    func testUnknownFormatIsAUsageError() throws {
        XCTAssertEqual(try toc("coverage", gaps, "--format", "xlsx").status, 64)
    }

    func testExportIATIParses() throws {
        let run = try toc("export", Repository.path("examples/lincolnshire-partners-in-practice.toc"), "--format", "iati")
        XCTAssertEqual(run.status, 0, run.stderr)
        let document = try XMLDocument(data: Data(run.stdout.utf8), options: [])
        XCTAssertEqual(document.rootElement()?.name, "iati-activities")
        XCTAssertGreaterThan(try document.nodes(forXPath: "//result[@type='3']/indicator").count, 2)
    }

    func testRenderWithIndicators() throws {
        let run = try toc("render", Repository.path("examples/lincolnshire-partners-in-practice.toc"), "--indicators", "-o", "-", "--format", "dot")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("▸ Young people who reoffend after support: 41% → 30% by 2020-03"), run.stdout)
        XCTAssertTrue(run.stdout.contains(">Strengths-based</font>"))
    }

    /// A framework file of the user's own, beside the plan; a mistake in it is reported with its line and column.
    func testOwnFrameworkFile() throws {
        _ = try write("id: ours\noutcomes:\n  - id: safer\n    name: Safer\n    defintion: x\n", "ours.yml")
        let plan = try write("theory \"Plan\"\n  framework \"ours.yml\"\n", "plan.toc")
        let run = try toc("check", plan, "--color", "never")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("error[framework-file]: in `ours.yml`, line 5, column 5: `defintion` is not something an outcome can have"), run.stdout)
        XCTAssertTrue(run.stdout.contains("hint: did you mean `definition`?"), run.stdout)
        _ = try write("id: ours\noutcomes:\n  - id: safer\n    name: Safer\n", "ours.yml")
        let fixed = try toc("check", plan, "--color", "never")
        XCTAssertEqual(fixed.status, 0, fixed.stdout)
        XCTAssertTrue(fixed.stdout.contains("1 of the 1 outcomes of `ours`"), fixed.stdout)
    }
}
