import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The coverage report: what it finds in the gaps example, golden files for every format, and the safety of each.
final class CoverageReportTests: XCTestCase {
    private func analysis(_ relative: String) throws -> Analysis {
        // Relative paths in the report, so golden files do not depend on where the repository is.
        let text = try Repository.read(relative)
        return Analysis(file: SourceFile(path: relative, text: text))
    }

    private lazy var gaps = try! analysis("examples/gaps/edge-of-care-bid.toc")

    // MARK: - The gaps example

    /// The plan was written with known gaps; the report lists each of them.
    func testGapsExampleReportListsItsGaps() throws {
        let report = gaps.coverage
        XCTAssertEqual(report.framework?.id, "dfe-7x7")
        XCTAssertEqual(report.unusedFeatures.map(\.id), ["systemic", "multi-disciplinary", "group-case-discussion"])
        XCTAssertEqual(report.unaddressedOutcomes.map(\.id), ["increasing-wellbeing", "staff-wellbeing", "reducing-turnover", "reducing-days-in-care", "value-for-money"])
        let risk = try XCTUnwrap(report.frameworkOutcomes.first { $0.id == "reducing-risk" })
        XCTAssertEqual(risk.outcomes.map(\.id), ["safer-at-home", "fewer-plans"])
        XCTAssertEqual(risk.outcomes.map(\.isMeasured), [false, false])
        XCTAssertEqual(report.unlinkedOutcomes.map(\.id), ["family-relationships"])
        XCTAssertEqual(report.indicators.map(\.id), ["care-entry", "cpp-rate"])
        XCTAssertEqual(report.indicators.map(\.missing), [[], ["source", "frequency", "baseline", "target"]])
        XCTAssertEqual(report.stages.map(\.outcomes), [1, 1, 2])
        XCTAssertEqual(report.stages.map(\.measured), [0, 0, 1])
        XCTAssertEqual(report.total.percentage, "25%")
    }

    /// And `toc check` reports the same gaps as findings.
    func testGapsExampleFindings() throws {
        let ids = Set(gaps.diagnostics.map(\.id))
        XCTAssertFalse(gaps.hasErrors, gaps.diagnostics.map(\.message).joined(separator: "\n"))
        for expected in ["outcome-without-indicator", "incomplete-indicator", "no-baseline-possible", "unmeasured-pathway",
                         "identification-may-raise-count", "unmonitored-assumption", "unaddressed-framework-outcome",
                         "unaddressed-practice-feature"] {
            XCTAssertTrue(ids.contains(expected), "\(expected) not found in \(ids.sorted())")
        }
    }

    // MARK: - Golden files

    func testGoldenTable() {
        assertGolden(gaps.coverage(as: .table), name: "coverage-gaps", extension: "txt")
    }

    func testGoldenMarkdown() {
        assertGolden(gaps.coverage(as: .markdown), name: "coverage-gaps", extension: "md")
    }

    func testGoldenCSV() {
        assertGolden(gaps.coverage(as: .csv), name: "coverage-gaps", extension: "csv")
    }

    func testGoldenJSON() {
        assertGolden(gaps.coverage(as: .json), name: "coverage-gaps", extension: "json")
    }

    func testGoldenMarkdownOfACompletePlan() throws {
        assertGolden(try analysis("examples/lincolnshire-partners-in-practice.toc").coverage(as: .markdown), name: "coverage-lincolnshire", extension: "md")
    }

    // MARK: - Formats

    func testJSONIsVersionedAndParses() throws {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(gaps.coverage(as: .json).utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? String, "toc-coverage")
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual((object["indicators"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual((object["total"] as? [String: Any])?["share"] as? Double, 0.25)
    }

    func testSingleSectionCSVIsOneTable() {
        let csv = gaps.coverage(as: .csv, sections: [.stages])
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}stage,outcomes,with a complete indicator,coverage (%)\r\n"), csv)
        XCTAssertTrue(csv.hasSuffix("All outcomes,4,1,25\r\n"), csv)
        XCTAssertFalse(csv.contains("Coverage by stage"))
    }

    func testCSVQuotingAndFormulaInjection() {
        XCTAssertEqual(CoverageCSV.field("plain"), "plain")
        XCTAssertEqual(CoverageCSV.field("a, b"), "\"a, b\"")
        XCTAssertEqual(CoverageCSV.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CoverageCSV.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CoverageCSV.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(CoverageCSV.field("+1"), "'+1")
        XCTAssertEqual(CoverageCSV.field("-2+3"), "'-2+3")
        XCTAssertEqual(CoverageCSV.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CoverageCSV.field("\tx"), "'\tx")
    }

    /// A plan's text cannot break the Markdown table or add markup, links or HTML.
    func testMarkdownEscapesPlanText() throws {
        let plan = """
            theory "A | B <script>alert(1)</script>"
            activity a "[link](javascript:x) *bold* `code`"
              features family-focus
            outcome o "Pipe | in label"
              horizon immediate
              indicator i "=cmd|' /C calc'!A0"
                source "Line\\nbreak"
            a -> o
            """
        let markdown = Analysis(file: SourceFile(path: "plan.toc", text: plan)).coverage(as: .markdown)
        XCTAssertTrue(markdown.contains("# Coverage: A \\| B &lt;script&gt;alert(1)&lt;/script&gt;"), markdown)
        XCTAssertTrue(markdown.contains("\\[link\\](javascript:x) \\*bold\\* \\`code\\`"), markdown)
        XCTAssertFalse(markdown.contains("<script>"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| `o`") || line.hasPrefix("| `i`") {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, line.hasPrefix("| `i`") ? 17 : 5, String(line))
        }
        let csv = Analysis(file: SourceFile(path: "plan.toc", text: plan)).coverage(as: .csv, sections: [.indicators])
        XCTAssertTrue(csv.contains("\r\ni,'=cmd|' /C calc'!A0,"), csv)
    }

    /// Terminal text loses control characters, so a plan cannot move the cursor or change colours.
    func testTableDropsControlCharacters() {
        let plan = "theory \"Title\\u{1B}[31mred\"\nactivity a \"A\"\n"
        let table = Analysis(file: SourceFile(path: "plan.toc", text: plan)).coverage(as: .table)
        XCTAssertFalse(table.contains("\u{1B}"))
        XCTAssertTrue(table.contains("Title [31mred"), table)
    }

    // MARK: - Computation

    func testStagesAndUnlinkedOutcomes() throws {
        let plan = """
            activity a "A"
              features strengths-based, made-up
            outcome one "One"
              horizon immediate
              contributes-to reducing-risk
              indicator complete "Complete"
                source "Survey"
                frequency annually
                baseline 10% in 2020 available
                target 20% by 2021
              indicator partial "Partial"
            outcome two "Two"
              horizon immediate
              indicator stories "Stories"
                measure qualitative
                source "Interviews"
                frequency once
            outcome three "Three"
            a -> one
            a -> two
            """
        let report = Analysis(file: SourceFile(path: "plan.toc", text: plan)).coverage
        XCTAssertEqual(report.activities.first?.features, ["strengths-based"])
        XCTAssertEqual(report.activities.first?.otherFeatures, ["made-up"])
        XCTAssertEqual(report.stages.map(\.stage), ["Immediate outcomes", "Intermediate outcomes", "Long-term outcomes", "Outcomes without a horizon"])
        XCTAssertEqual(report.stages.map(\.measured), [2, 0, 0, 0])
        XCTAssertEqual(report.stages.map(\.percentage), ["100%", "–", "–", "0%"])
        XCTAssertEqual(report.total.measured, 2)
        XCTAssertEqual(report.unlinkedOutcomes.map(\.id), ["two", "three"])
        XCTAssertEqual(report.frameworkOutcomes.first?.outcomes.first?.indicators.map(\.isComplete), [true, false])
    }

    /// With an unusable framework, the report still gives the indicator plan.
    func testWithoutAFramework() {
        let plan = "theory \"Plan\"\n  framework nonsense\noutcome o \"O\"\n  horizon immediate\n"
        let analysis = Analysis(file: SourceFile(path: "plan.toc", text: plan))
        XCTAssertNil(analysis.framework)
        XCTAssertEqual(analysis.coverage.unlinkedOutcomes.map(\.id), ["o"])
        XCTAssertTrue(analysis.coverage(as: .table).contains("No framework could be loaded"))
    }
}
