import TocKit
import TocLang
import TocTestSupport
import XCTest

/// Properties of `toc fmt` on random plans (generated with PropertyBased's generators, from fixed seeds so that
/// every run tests the same plans and a failure can be replayed): formatting succeeds on any plan without syntax
/// errors, a second formatting changes nothing, the plan means exactly the same afterwards, and no comment is lost.
final class FormattingPropertyTests: XCTestCase {
    /// How many random plans each run checks. `TOC_PROPERTY_RUNS=5000` checks more.
    private var runs: Int { Int(ProcessInfo.processInfo.environment["TOC_PROPERTY_RUNS"] ?? "") ?? 200 }

    func testFormattingIsIdempotentAndKeepsTheMeaningOfRandomPlans() {
        for seed in 1...UInt64(runs) {
            let text = Self.randomPlan(seed: seed)
            let tree = Parser.parse(text, path: "random.toc")
            let syntaxErrors = tree.diagnostics.filter { $0.severity == .error }
            guard syntaxErrors.isEmpty else {
                XCTFail("seed \(seed): the generator wrote a plan with syntax errors (\(syntaxErrors.map(\.id))):\n\(text)")
                continue
            }
            let result = Formatting.format(SourceFile(path: "random.toc", text: text))
            guard let formatted = result.formatted else {
                XCTFail("seed \(seed): formatting was refused (\(result.errors.map(\.message))):\n\(text)")
                continue
            }
            XCTAssertEqual(Formatting.format(SourceFile(path: "random.toc", text: formatted)).formatted, formatted, "seed \(seed): not idempotent")
            XCTAssertEqual(Self.projection(text), Self.projection(formatted), "seed \(seed): the model changed:\n\(text)\n---\n\(formatted)")
            XCTAssertEqual(Self.commentCount(text), Self.commentCount(formatted), "seed \(seed): a comment was lost")
            if (testRun?.totalFailureCount ?? 0) > 0 { break }  // one failing plan is enough to read
        }
    }

    /// The projection sees what matters: plans that differ in meaning project differently.
    func testProjectionDistinguishesDifferentPlans() {
        let base = "activity a\noutcome o \"O\"\n  horizon immediate\na -> o\n  assuming s\n"
        XCTAssertEqual(Self.projection(base), Self.projection("activity a\na->o\n  assuming s\noutcome o “O”\n   horizon Immediate\n"))
        XCTAssertNotEqual(Self.projection(base), Self.projection(base.replacingOccurrences(of: "immediate", with: "intermediate")))
        XCTAssertNotEqual(Self.projection(base), Self.projection(base.replacingOccurrences(of: "\"O\"", with: "\"P\"")))
        XCTAssertNotEqual(Self.projection(base), Self.projection(base.replacingOccurrences(of: "assuming s", with: "assuming t")))
        XCTAssertNotEqual(Self.projection(base), Self.projection(base + "  because \"why\"\n"))
    }

    func testGeneratedPlansAreVaried() {
        let plans = (1...20).map { Self.randomPlan(seed: $0) }
        XCTAssertEqual(Set(plans).count, 20)
        let all = plans.joined()
        for word in ["theory", "indicator", "->", "assuming", "baseline", "#", "“"] {
            XCTAssertTrue(all.contains(word), "no generated plan uses \(word)")
        }
    }

    // MARK: - Helpers

    static func randomPlan(seed: UInt64) -> String {
        let builder = RandomPlanBuilder(dice: Dice(seed: seed))
        let statements = builder.build()
        var writer = RandomPlanWriter(dice: Dice(seed: seed &+ 0x5EED))
        return writer.write(statements)
    }

    static func projection(_ text: String) -> String {
        ModelProjection.of(ModelBuilder.build(Parser.parse(text, path: "random.toc")).model)
    }

    static func commentCount(_ text: String) -> Int {
        Lexer.lex(SourceFile(path: "random.toc", text: text)).lines.count { $0.comment != nil }
    }
}
