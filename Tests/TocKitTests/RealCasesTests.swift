import TocKit
import TocTestSupport
import XCTest

/// Plans built from documented failures produce the findings the evaluations would predict, and the plans of the
/// projects with the strongest evidence of impact produce none (no false alarms).
final class RealCasesTests: XCTestCase {
    /// The rules these cases are about: sequencing and timing, cohorts and power, plausibility.
    private let realismRules = RuleRegistry.timing + RuleRegistry.cohorts + RuleRegistry.plausibility

    private func findings(_ path: String, rules: [any Rule]? = nil) throws -> [String] {
        let analysis = Analysis(file: try PlanLoader.load(path: Repository.path(path)), rules: rules ?? realismRules)
        XCTAssertFalse(analysis.hasErrors, "\(path) is a plan with concerns, not mistakes")
        return analysis.diagnostics.map(\.id)
    }

    /// Credo Care was cancelled for insufficient progress: an overestimated cohort, underestimated timescales,
    /// and savings assumed from a placement shift [000:727-729].
    func testSpecialistFosteringStepDown() throws {
        XCTAssertEqual(try findings("examples/cases/specialist-fostering-step-down.toc"), [
            "recruitment-not-above-need", "short-lead-in", "savings-without-causal-design",
        ])
    }

    /// A training programme under severe structural pressure had no impact on outcomes [000:525, 539].
    func testReflectivePracticeTraining() throws {
        XCTAssertEqual(try findings("examples/cases/reflective-practice-training.toc"), [
            "system-change-horizon", "training-only-pathway",
        ])
    }

    /// Care-leaver pilots' cohorts were too small to report or compare [000:272, 289, 333].
    func testStayingClosePilot() throws {
        XCTAssertEqual(try findings("examples/cases/staying-close-pilot.toc"), [
            "cohort-too-small", "underpowered-comparison",
        ])
    }

    /// Lincolnshire PiP and Family Safeguarding had the strongest evidence of impact [000:79, 898]: no errors or
    /// warnings from any rule (information, such as framework outcomes a plan does not aim at, is not an alarm).
    func testSuccessfulProjectsRaiseNoFalseAlarms() throws {
        for path in ["examples/lincolnshire-partners-in-practice.toc", "examples/family-safeguarding.toc"] {
            let analysis = Analysis(file: try PlanLoader.load(path: Repository.path(path)))
            XCTAssertEqual(analysis.diagnostics.filter { $0.severity != .info }.map(\.id), [], path)
        }
    }
}
