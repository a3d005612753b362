import Foundation
import TocLang
@testable import TocModel
import XCTest

/// Calendar months and days of a plan, and points in its timeline (`month 1` is the month the plan starts).
final class PlanDateTests: XCTestCase {
    func testParsesMonthsAndDays() {
        XCTAssertEqual(PlanDate("2019-03"), PlanDate(year: 2019, month: 3))
        XCTAssertEqual(PlanDate("2019-03-31"), PlanDate(year: 2019, month: 3, day: 31))
        XCTAssertNil(PlanDate("2019"))
        XCTAssertNil(PlanDate("March"))
        XCTAssertNil(PlanDate("2019-03-31-01"))
    }

    func testDescriptionIsTheISOForm() {
        XCTAssertEqual(PlanDate(year: 2019, month: 3).description, "2019-03")
        XCTAssertEqual(PlanDate(year: 2019, month: 11, day: 5).description, "2019-11-05")
        XCTAssertEqual(PlanDate("2020-02-29")?.description, "2020-02-29")
    }

    func testOrdering() {
        XCTAssertLessThan(PlanDate(year: 2019, month: 12), PlanDate(year: 2020, month: 1))
        XCTAssertLessThan(PlanDate(year: 2020, month: 1), PlanDate(year: 2020, month: 1, day: 1))
        XCTAssertLessThan(PlanDate(year: 2020, month: 1, day: 2), PlanDate(year: 2020, month: 1, day: 10))
    }

    func testMonthsUntil() {
        let start = PlanDate(year: 2017, month: 8)
        XCTAssertEqual(start.months(until: PlanDate(year: 2020, month: 3)), 31)
        XCTAssertEqual(start.months(until: start), 0)
        XCTAssertEqual(start.months(until: PlanDate(year: 2017, month: 1)), -7)
    }

    func testAddingMonthsAcrossYears() {
        let start = PlanDate(year: 2017, month: 8)
        XCTAssertEqual(start.adding(months: 4), PlanDate(year: 2017, month: 12))
        XCTAssertEqual(start.adding(months: 5), PlanDate(year: 2018, month: 1))
        XCTAssertEqual(start.adding(months: 12), PlanDate(year: 2018, month: 8))
        XCTAssertEqual(start.adding(months: 29), PlanDate(year: 2020, month: 1))
        XCTAssertEqual(start.adding(months: 0), start)
        XCTAssertEqual(PlanDate(year: 2018, month: 1).adding(months: -1), PlanDate(year: 2017, month: 12))
        XCTAssertEqual(PlanDate(year: 2018, month: 1, day: 31).adding(months: 1), PlanDate(year: 2018, month: 2), "the day is dropped")
    }

    func testAddingAndMonthsUntilAgree() {
        let start = PlanDate(year: 2019, month: 11)
        for offset in -30...30 {
            XCTAssertEqual(start.months(until: start.adding(months: offset)), offset)
        }
    }

    func testCodableAsText() throws {
        let date = PlanDate(year: 2019, month: 3, day: 31)
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2019-03-31\"]")
        XCTAssertEqual(try JSONDecoder().decode([PlanDate].self, from: data), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([PlanDate].self, from: Data("[\"soon\"]".utf8)))
    }

    // MARK: - Time points

    func testMonthOneIsThePlansStartMonth() {
        let start = PlanDate(year: 2017, month: 8)
        XCTAssertEqual(TimePoint.month(1).resolved(planStart: start), start)
        XCTAssertEqual(TimePoint.month(2).resolved(planStart: start), PlanDate(year: 2017, month: 9))
        XCTAssertEqual(TimePoint.month(30).resolved(planStart: start), PlanDate(year: 2020, month: 1))
    }

    func testMonthOneOfAPlanStartingOnADayIsThatMonth() {
        XCTAssertEqual(TimePoint.month(1).resolved(planStart: PlanDate(year: 2020, month: 12, day: 15)), PlanDate(year: 2020, month: 12))
        XCTAssertEqual(TimePoint.month(2).resolved(planStart: PlanDate(year: 2020, month: 12, day: 15)), PlanDate(year: 2021, month: 1))
    }

    func testAMonthCannotBeResolvedWithoutAStart() {
        XCTAssertNil(TimePoint.month(3).resolved(planStart: nil))
    }

    func testDatesAndYearsResolveWithoutAStart() {
        let date = PlanDate(year: 2019, month: 3, day: 31)
        XCTAssertEqual(TimePoint.date(date).resolved(planStart: nil), date)
        XCTAssertEqual(TimePoint.year(2017).resolved(planStart: nil), PlanDate(year: 2017, month: 1))
    }

    func testTimePointDescriptions() {
        XCTAssertEqual(TimePoint.month(6).description, "month 6")
        XCTAssertEqual(TimePoint.year(2017).description, "2017")
        XCTAssertEqual(TimePoint.date(PlanDate(year: 2019, month: 3)).description, "2019-03")
    }

    // MARK: - Quantities and orders

    func testQuantityDescriptions() {
        XCTAssertEqual(Quantity.number(3000).description, "3000")
        XCTAssertEqual(Quantity.number(2.5).description, "2.5")
        XCTAssertEqual(Quantity.percentage(41).description, "41%")
        XCTAssertEqual(Quantity.percentage(12.5).value, 12.5)
    }

    func testPhasesAndHorizonsAreOrdered() {
        XCTAssertEqual(Phase.allCases.sorted(), [.planning, .design, .setUp, .implementation, .embedding])
        XCTAssertLessThan(Phase.setUp, Phase.implementation)
        XCTAssertLessThan(Horizon.immediate, Horizon.longTerm)
        XCTAssertEqual(Phase.setUp.rawValue, "set-up")
        XCTAssertEqual(Horizon.longTerm.rawValue, "long-term")
    }

    /// The builder turns canonical words into model cases with `init(rawValue:)`, so the two must match exactly.
    func testEveryVocabularyWordHasAModelCase() {
        XCTAssertEqual(Vocabulary.phase.words, Phase.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.horizon.words, Horizon.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.theoryKind.words, TheoryKind.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.involvement.words, Involvement.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.beneficiary.words, Beneficiary.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.evidence.words, EvidenceLevel.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.level.words, Level.allCases.map(\.rawValue))
        XCTAssertEqual(Vocabulary.direction.words, Indicator.Direction.allCases.map(\.rawValue))
    }

    func testEveryAliasNamesACanonicalWord() {
        let vocabularies: [Vocabulary] = [
            .phase, .horizon, .theoryKind, .involvement, .beneficiary, .evidence, .level, .measure, .direction, .frequency, .design,
        ]
        for vocabulary in vocabularies {
            for (alias, word) in vocabulary.aliases {
                XCTAssertTrue(vocabulary.words.contains(word), "\(vocabulary.name): \(alias) → \(word)")
                XCTAssertFalse(vocabulary.words.contains(alias), "\(vocabulary.name): \(alias) is a word already")
            }
        }
    }
}
