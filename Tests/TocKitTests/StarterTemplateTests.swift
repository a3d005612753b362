import Foundation
import TocKit
import XCTest

/// The `toc init` templates: one per cohort grouping of the Round 2 report, each a clean, formatted plan.
final class StarterTemplateTests: XCTestCase {
    func testOneTemplatePerCohortGrouping() {
        XCTAssertEqual(
            StarterTemplate.all.map(\.name),
            ["children-in-need", "looked-after-children", "care-leavers", "domestic-abuse", "whole-system"]
        )
        XCTAssertEqual(StarterTemplate.named("Care-Leavers")?.name, "care-leavers")
        XCTAssertNil(StarterTemplate.named("care"))
    }

    func testEveryTemplateHasNoErrorsOrWarnings() {
        for template in StarterTemplate.all {
            let analysis = Analysis(file: SourceFile(path: "\(template.name).toc", text: template.text))
            // Notes (info) may remain: a starter plan for one group does not address every framework outcome.
            let problems = analysis.diagnostics.filter { $0.severity != .info }
            XCTAssertEqual(problems.map { "\($0.severity) \($0.id): \($0.message)" }, [], template.name)
            XCTAssertNotNil(analysis.model.theory, template.name)
            for kind in [NodeKind.input, .activity, .output, .outcome, .assumption] {
                XCTAssertFalse(analysis.model.nodes(of: kind).isEmpty, "\(template.name) has no \(kind)")
            }
            XCTAssertFalse(analysis.model.links.filter { !$0.assumptions.isEmpty }.isEmpty, "\(template.name) attaches no assumption")
        }
    }

    func testEveryTemplateIsFormatted() {
        for template in StarterTemplate.all {
            XCTAssertEqual(Formatting.format(SourceFile(path: "t.toc", text: template.text)).formatted, template.text, template.name)
        }
    }

    /// Each template offers its group's common outcomes (Table 1) and the areas of practice change (Table 2).
    func testTemplatesSuggestTheReportsOutcomesAndAreasOfChange() {
        let expected: [String: [String]] = [
            "children-in-need": ["Children and young people:", "Families:", "Parents:", "Services:"],
            "looked-after-children": ["Children in care have more stable placements and fewer missing episodes.", "Carers:"],
            "care-leavers": ["Care Leavers are more financially stable", "Carers:"],
            "domestic-abuse": ["domestic violence and abuse", "Parents:", "Families:"],
            "whole-system": ["Staff:", "Workforce:", "Services:"],
        ]
        for template in StarterTemplate.all {
            // Comments are wrapped: read them as running text.
            let prose = template.text.replacingOccurrences(of: "\n#     ", with: " ").replacingOccurrences(of: "\n# ", with: " ")
            for phrase in expected[template.name, default: []] + ["Table 1", "Table 2", "Supervision:", "Partnerships:", "Direct work:"] {
                XCTAssertTrue(prose.contains(phrase), "\(template.name) lacks \(phrase)")
            }
            XCTAssertFalse(template.summary.contains("\n"))
            XCTAssertTrue(template.text.split(separator: "\n").allSatisfy { $0.count <= 120 }, "\(template.name) has a long line")
        }
    }

    func testWriteRefusesToReplaceAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.toc").path
        let template = StarterTemplate.all[0]
        try template.write(toNewFile: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), template.text)
        try "mine".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try template.write(toNewFile: path)) { error in
            XCTAssertTrue("\(error)".contains("already exists"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "mine")
        XCTAssertThrowsError(try template.write(toNewFile: folder.appendingPathComponent("no/such/plan.toc").path)) { error in
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
    }
}
