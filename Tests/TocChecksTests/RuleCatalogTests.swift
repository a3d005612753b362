import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The registry is complete and consistent, and `docs/rules.md` is what the registry generates.
final class RuleCatalogTests: XCTestCase {
    func testRuleIDsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate rule ids")
        for id in ids {
            XCTAssertNotNil(id.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression), "\(id) is not kebab-case")
        }
    }

    func testEveryRuleHasDocumentation() {
        for rule in RuleRegistry.all {
            XCTAssertFalse(rule.summary.isEmpty, rule.id)
            XCTAssertGreaterThan(rule.rationale.count, 60, "\(rule.id) needs a rationale a project lead can follow")
            XCTAssertFalse(rule.example.isEmpty, rule.id)
        }
    }

    /// Each rule's documented example really triggers that rule.
    func testEveryRuleExampleTriggersItsRule() {
        for rule in RuleRegistry.all {
            let analysis = Analysis(file: SourceFile(path: "example.toc", text: rule.example))
            XCTAssertTrue(analysis.diagnostics.contains { $0.id == rule.id }, "the example of \(rule.id) does not trigger it")
        }
    }

    func testGeneratedRuleDocsAreFresh() throws {
        let generated = RuleCatalog.markdown()
        let path = Repository.path("docs/rules.md")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            XCTFail("docs/rules.md re-generated; review and commit it")
            return
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(committed, generated, "docs/rules.md is stale: run `RECORD_SNAPSHOTS=1 swift test --filter RuleCatalogTests`")
    }

    /// Every quotation in a rule's evidence appears, word for word, in the source it cites (the seed documents in
    /// `../shared/seeds/`, beside the repository as CI has it).
    func testEvidenceQuotationsAppearInTheirSources() throws {
        let seeds = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) else {
            throw XCTSkip("the seed documents are not beside the repository")
        }
        func normalised(_ text: String) -> String {
            text.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var checked = 0
        for rule in RuleRegistry.all {
            guard let evidence = rule.evidence else { continue }
            let name = try XCTUnwrap(names.first { $0.hasPrefix(evidence.source.rawValue + "_") }, "no seed \(evidence.source.rawValue)")
            let document = normalised(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
            let quotes = evidence.finding.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            XCTAssertFalse(quotes.isEmpty, "\(rule.id): the evidence quotes its source")
            for quote in quotes {
                for part in quote.components(separatedBy: "...") + [] where !part.trimmingCharacters(in: .whitespaces).isEmpty {
                    XCTAssertTrue(document.contains(normalised(part)), "\(rule.id): “\(part)” is not in source \(evidence.source.rawValue)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }
}
