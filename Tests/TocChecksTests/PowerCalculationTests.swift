import TocKit
import XCTest

/// The two-group sample size behind `underpowered-comparison`: a two-sided test of two proportions at the 5% level
/// with 80% power, by the normal approximation without continuity correction.
final class PowerCalculationTests: XCTestCase {
    /// The example: reoffending from 41% to 30% needs "about 300" per group.
    func testReoffendingFromFortyOneToThirtyPercent() {
        XCTAssertEqual(PowerCalculation.perGroup(from: 0.41, to: 0.30), 296)
    }

    /// A fall and the matching rise need the same numbers.
    func testTheDirectionOfTheChangeDoesNotMatter() {
        for (p1, p2) in [(0.41, 0.30), (0.5, 0.6), (0.1, 0.2), (0.05, 0.5), (0.9, 0.95)] {
            XCTAssertEqual(PowerCalculation.perGroup(from: p1, to: p2), PowerCalculation.perGroup(from: p2, to: p1), "\(p1) and \(p2)")
        }
    }

    /// Textbook values (Fleiss, without continuity correction; tables differ by a few in rounding z).
    func testKnownValues() throws {
        let fiftySixty = try XCTUnwrap(PowerCalculation.perGroup(from: 0.5, to: 0.6))
        XCTAssertTrue((385...388).contains(fiftySixty), "50% vs 60% needs about 385-388 per group, got \(fiftySixty)")
        XCTAssertEqual(fiftySixty, 388)
        XCTAssertEqual(PowerCalculation.perGroup(from: 0.2, to: 0.1), 199)
        XCTAssertEqual(PowerCalculation.perGroup(from: 0.6, to: 0.7), 356)
    }

    /// Smaller changes, stricter significance and more power all need larger groups.
    func testSmallerChangesAndStricterTestsNeedMore() throws {
        let base = try XCTUnwrap(PowerCalculation.perGroup(from: 0.41, to: 0.30))
        XCTAssertGreaterThan(try XCTUnwrap(PowerCalculation.perGroup(from: 0.41, to: 0.35)), base)
        XCTAssertLessThan(try XCTUnwrap(PowerCalculation.perGroup(from: 0.41, to: 0.20)), base)
        XCTAssertGreaterThan(try XCTUnwrap(PowerCalculation.perGroup(from: 0.41, to: 0.30, alpha: 0.01)), base)
        XCTAssertGreaterThan(try XCTUnwrap(PowerCalculation.perGroup(from: 0.41, to: 0.30, power: 0.9)), base)
        XCTAssertEqual(PowerCalculation.perGroup(from: 0.41, to: 0.30, alpha: 0.05, power: 0.8), base)
    }

    /// Equal proportions (no change to detect), proportions outside (0, 1), and impossible alpha or power: nil.
    func testImpossibleInputsGiveNil() {
        XCTAssertNil(PowerCalculation.perGroup(from: 0.3, to: 0.3))
        for (p1, p2) in [(0.0, 0.3), (0.3, 0.0), (1.0, 0.3), (0.3, 1.0), (-0.1, 0.3), (0.3, 1.2), (41, 30)] {
            XCTAssertNil(PowerCalculation.perGroup(from: p1, to: p2), "\(p1) to \(p2)")
        }
        XCTAssertNil(PowerCalculation.perGroup(from: 0.41, to: 0.30, alpha: 0))
        XCTAssertNil(PowerCalculation.perGroup(from: 0.41, to: 0.30, alpha: 1))
        XCTAssertNil(PowerCalculation.perGroup(from: 0.41, to: 0.30, power: 0))
        XCTAssertNil(PowerCalculation.perGroup(from: 0.41, to: 0.30, power: 1))
    }

    /// Very small changes give very large groups, not an overflow.
    func testTinyChangesGiveLargeButFiniteGroups() throws {
        let needed = try XCTUnwrap(PowerCalculation.perGroup(from: 0.5, to: 0.5001))
        XCTAssertGreaterThan(needed, 100_000_000)
    }

    func testNormalQuantile() {
        XCTAssertEqual(PowerCalculation.normalQuantile(0.975), 1.959964, accuracy: 1e-6)
        XCTAssertEqual(PowerCalculation.normalQuantile(0.8), 0.841621, accuracy: 1e-6)
        XCTAssertEqual(PowerCalculation.normalQuantile(0.5), 0, accuracy: 1e-12)
        XCTAssertEqual(PowerCalculation.normalQuantile(0.025), -1.959964, accuracy: 1e-6)
        // The tails use a different branch of the approximation.
        XCTAssertEqual(PowerCalculation.normalQuantile(0.001), -3.090232, accuracy: 1e-6)
        XCTAssertEqual(PowerCalculation.normalQuantile(0.999), 3.090232, accuracy: 1e-6)
        XCTAssertEqual(PowerCalculation.normalQuantile(0.995), 2.575829, accuracy: 1e-6)
    }
}
