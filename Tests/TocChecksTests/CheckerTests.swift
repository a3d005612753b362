import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The checker as a whole: order of findings, choice of rules, and plans of the largest size we support.
final class CheckerTests: XCTestCase {
    private func model(_ text: String) -> TheoryModel {
        Analysis(file: SourceFile(path: "plan.toc", text: text), rules: []).model
    }

    /// Rules run in registry order (names first, horizons last), but findings come out in the order of the text;
    /// at one place, errors come before warnings.
    func testFindingsAreSortedByPosition() {
        let source = MarkedSource("""
            1️⃣outcome early "Early"
            2️⃣input unused "Unused"
            3️⃣activity training "Train staff"
            training -> 4️⃣missing
            5️⃣assumption loose "Loose"
            """)
        let findings = Checker.check(model(source.text), rules: structuralRules)
        // `training` leads nowhere only because its link's end is misspelt: that is reported, not the knock-on.
        XCTAssertEqual(findings.map(\.id), [
            "outcome-without-horizon", "missing-theory", "unreached-outcome",
            "unused-input", "undefined-reference", "unattached-assumption",
        ])
        XCTAssertEqual(findings.map(\.range.start), [
            source.offset("1️⃣"), source.offset("1️⃣"), source.offset("1️⃣"),
            source.offset("2️⃣"), source.offset("4️⃣"), source.offset("5️⃣"),
        ])
        XCTAssertFalse(findings.contains { $0.range.start == source.offset("3️⃣") })
        // The full pipeline keeps the same order.
        XCTAssertEqual(Analysis(file: source.file(), rules: structuralRules).diagnostics.map(\.id), findings.map(\.id))
    }

    func testOnlyTheGivenRulesRun() {
        let text = """
            outcome early "Early"
            input unused "Unused"
            """
        let findings = Checker.check(model(text), rules: [EveryInputIsUsed()])
        XCTAssertEqual(findings.map(\.id), ["unused-input"])
        XCTAssertEqual(Checker.check(model(text), rules: []), [])
    }

    /// Each finding carries its rule's id and default severity.
    func testFindingsCarryTheirRulesIDAndSeverity() {
        let text = """
            outcome early "Early"
            input unused "Unused"
            activity training "Train staff"
            training -> missing
            assumption loose "Loose"
            early -> training
            training -> training
            """
        let findings = Checker.check(model(text))
        XCTAssertFalse(findings.isEmpty)
        for finding in findings {
            let rule = RuleRegistry.rule(id: finding.id)
            XCTAssertNotNil(rule, "\(finding.id) is not a registered rule")
            XCTAssertEqual(finding.severity, rule?.defaultSeverity, finding.id)
        }
    }

    // MARK: - Large plans

    /// A plan of `count` elements in one long causal chain: a third activities, a third outputs, a third outcomes.
    static func chainPlan(count: Int, closingTheCircle: Bool = false, oneStatement: Bool = false) -> String {
        let third = count / 3
        var lines = ["theory \"Large plan\"", "input grant \"Grant\""]
        var ids: [String] = []
        for index in 0..<(count - 2 * third - 1) {
            lines.append("activity a\(index) \"Activity \(index)\"")
            ids.append("a\(index)")
        }
        lines.append("  uses grant")
        for index in 0..<third {
            lines.append("output p\(index) \"Output \(index)\"")
            ids.append("p\(index)")
        }
        for index in 0..<third {
            lines.append("outcome o\(index) \"Outcome \(index)\"")
            lines.append("  horizon immediate")
            ids.append("o\(index)")
        }
        if oneStatement {
            lines.append(ids.joined(separator: " -> "))
        } else {
            for (from, to) in zip(ids, ids.dropFirst()) {
                lines.append("\(from) -> \(to)")
            }
        }
        if closingTheCircle {
            lines.append("o\(third - 1) -> o0")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testTenThousandElementChainIsCheckedWithoutStackOverflow() {
        let text = Self.chainPlan(count: 10_000)
        let start = Date()
        let analysis = Analysis(file: SourceFile(path: "large.toc", text: text), rules: structuralRules)
        XCTAssertEqual(analysis.model.nodes.count, 10_000)
        XCTAssertEqual(analysis.model.links.count, 9_998)
        XCTAssertEqual(analysis.diagnostics, [])
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "checking 10,000 elements should take seconds, not minutes")
    }

    /// A 10,000-element chain written on one line is longer than a line may be (docs/limits.md): it is refused with
    /// one clear finding, quickly, rather than read.
    func testTenThousandElementChainInOneStatementIsOverTheLineLimit() {
        let text = Self.chainPlan(count: 10_000, oneStatement: true)
        let analysis = Analysis(file: SourceFile(path: "large.toc", text: text), rules: structuralRules)
        XCTAssertEqual(analysis.diagnostics.filter { $0.severity == .error }.map(\.id), ["line-too-long"])
    }

    /// A circle thousands of elements long is found, and reported once.
    func testLongCycleInALargePlanIsReportedOnce() throws {
        let text = Self.chainPlan(count: 10_000, closingTheCircle: true)
        let start = Date()
        let analysis = Analysis(file: SourceFile(path: "large.toc", text: text), rules: structuralRules)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        XCTAssertEqual(analysis.diagnostics.map(\.id), ["cycle"])
        let cycle = try XCTUnwrap(analysis.diagnostics.first)
        XCTAssertEqual(
            cycle.message, "these elements lead round in a circle: o0 → o1 → o2 → o3 → o4 → o5 → o6 → o7 → o8 → o9 → o10 → … → o0 (3333 elements)"
        )
        XCTAssertEqual(cycle.notes.count, 11, "a long circle lists its first links, not all 3,333")
        XCTAssertEqual(cycle.notes.last?.message, "`o11` leads to `o12` here")
    }
}
