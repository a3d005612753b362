import Foundation
import TocFramework
import TocTestSupport
import XCTest

/// The `dfe-7x7` framework that comes with toc.
final class BundledFrameworkTests: XCTestCase {
    private func dfe() throws -> Framework {
        try FrameworkLibrary.bundled("dfe-7x7").get()
    }

    /// The ids that `docs/language.md` and the examples use.
    func testIDsAreTheDocumentedOnes() throws {
        let framework = try dfe()
        XCTAssertEqual(framework.id, "dfe-7x7")
        XCTAssertEqual(framework.features.map(\.id), [
            "strengths-based", "systemic", "multi-disciplinary", "group-case-discussion", "family-focus",
            "intensity-consistency", "direct-work",
        ])
        XCTAssertEqual(framework.outcomes.map(\.id), [
            "reducing-risk", "greater-stability", "increasing-wellbeing", "staff-wellbeing", "reducing-turnover",
            "reducing-days-in-care", "value-for-money",
        ])
    }

    /// The bundled file is read without YAML's tag resolution (for speed); it must read exactly as any framework
    /// file is read, with it.
    func testBundledFrameworkReadsTheSameWithAndWithoutTagResolution() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/TocFramework/Resources")
        let text = try String(contentsOf: folder.appendingPathComponent("dfe-7x7.yml"), encoding: .utf8)
        let resolved = try FrameworkLibrary.read(text, path: "dfe-7x7.yml", resolvesTags: true).get()
        let plain = try FrameworkLibrary.read(text, path: "dfe-7x7.yml", resolvesTags: false).get()
        XCTAssertEqual(plain, resolved)
        XCTAssertEqual(try dfe(), resolved)
    }

    func testEveryItemHasADefinitionAReferenceAndABadge() throws {
        for item in try dfe().features + dfe().outcomes {
            XCTAssertFalse((item.definition ?? "").isEmpty, item.id)
            XCTAssertNotNil(item.reference, item.id)
            XCTAssertLessThanOrEqual(item.badge.count, 26, "\(item.id): badges are short")
        }
    }

    /// Every outcome suggests indicators, each with its usual data source.
    func testOutcomesSuggestIndicatorsWithSources() throws {
        for outcome in try dfe().outcomes {
            XCTAssertGreaterThanOrEqual(outcome.indicators.count, 2, outcome.id)
            for indicator in outcome.indicators {
                XCTAssertNotNil(indicator.source, "\(outcome.id): \(indicator.name)")
                XCTAssertNotNil(indicator.measure, "\(outcome.id): \(indicator.name)")
                XCTAssertNotNil(indicator.direction, "\(outcome.id): \(indicator.name)")
            }
        }
        let names = try dfe().outcomes.flatMap(\.indicators).map(\.name)
        for expected in ["Child protection plans per 10,000 children", "Children in need per 10,000 children",
                         "Looked after children with 3 or more placements in a year", "Social worker turnover",
                         "Agency social workers", "Benefit-cost ratio", "Days spent in care per family"] {
            XCTAssertTrue(names.contains(expected), expected)
        }
    }

    /// The notes say that the seventh outcome is not in the evaluation reports.
    func testNotesSayTheSeventhOutcomeIsNotInTheReports() throws {
        let notes = try dfe().notes.joined(separator: " ")
        XCTAssertTrue(notes.contains("The 7th outcome is not in these reports"), notes)
        XCTAssertTrue(notes.contains("reducing-days-in-care"))
    }

    /// Words quoted in a definition appear, word for word, in the evaluation report its reference cites (the seed
    /// documents beside the repository, as CI has them).
    func testDefinitionQuotationsAppearInTheirSources() throws {
        let seeds = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) else {
            throw XCTSkip("the seed documents are not beside the repository")
        }
        func normalised(_ text: String) -> String {
            text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
                .replacingOccurrences(of: "*", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var checked = 0
        var documents: [String: String] = [:]
        for item in try dfe().features + dfe().outcomes {
            let reference = try XCTUnwrap(item.reference)
            let key = try XCTUnwrap(reference.firstMatch(of: /\[(\d{3}):/).map { String($0.1) }, "\(item.id): reference \(reference)")
            let name = try XCTUnwrap(names.first { $0.hasPrefix(key + "_") }, "no seed \(key)")
            let document = try documents[key] ?? normalised(String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
            documents[key] = document
            let quotes = (item.definition ?? "").components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            XCTAssertFalse(quotes.isEmpty, "\(item.id): the definition quotes its source")
            for quote in quotes {
                XCTAssertTrue(document.contains(normalised(quote)), "\(item.id): “\(quote)” is not in source \(key)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 14)
    }

    func testUnknownBundledNameFails() {
        XCTAssertThrowsError(try FrameworkLibrary.bundled("dfe-8x8").get())
    }
}

/// The example framework file in `docs/frameworks.md` is valid, as a reader copying it would expect.
final class FrameworkDocsTests: XCTestCase {
    func testDocumentedExampleReads() throws {
        let docs = try Repository.read("docs/frameworks.md")
        let block = try XCTUnwrap(docs.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let framework = try FrameworkLibrary.read(block, path: "youth-justice-outcomes.yml").get()
        XCTAssertEqual(framework.id, "youth-justice")
        XCTAssertEqual(framework.outcomes.map(\.id), ["less-offending", "back-in-education"])
        XCTAssertEqual(framework.features.map(\.id), ["mentoring"])
    }
}
