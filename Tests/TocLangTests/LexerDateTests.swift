import TocDiagnostics
@testable import TocLang
import XCTest

/// Dates are year first with dashes, validated in the lexer (leap years included), with a suggestion for the
/// day-first forms people write by habit.
final class LexerDateTests: XCTestCase {
    private func token(_ value: String) -> Token { Lex.tokens("starts \(value)")[1] }
    private func diagnostic(_ value: String) -> Diagnostic? { Lex.diagnostics("starts \(value)").first }

    func testMonthsAndDaysAreDates() {
        for value in ["2019-03", "2019-03-31", "2020-12", "2017-08-01"] {
            XCTAssertEqual(token(value).kind, .date, value)
            XCTAssertEqual(token(value).text, value)
            XCTAssertNil(diagnostic(value), value)
        }
    }

    func testAFourDigitYearAloneIsANumber() {
        XCTAssertEqual(token("2017").kind, .number)
    }

    func testTheTwentyNinthOfFebruaryInALeapYearIsValid() {
        XCTAssertEqual(token("2020-02-29").kind, .date)
        XCTAssertEqual(token("2000-02-29").kind, .date, "divisible by 400")
    }

    func testTheTwentyNinthOfFebruaryInOtherYearsIsNot() {
        XCTAssertEqual(token("2019-02-29").kind, .invalid)
        let diagnostic = diagnostic("2019-02-29")
        XCTAssertEqual(diagnostic?.id, "bad-date")
        XCTAssertEqual(diagnostic?.message, "`2019-02-29` is not a date: February 2019 has 28 days")
        XCTAssertEqual(diagnostic?.range, SourceRange(start: 7, end: 17))
        XCTAssertEqual(self.diagnostic("1900-02-29")?.message, "`1900-02-29` is not a date: February 1900 has 28 days")
    }

    func testDaysBeyondTheMonth() {
        XCTAssertEqual(diagnostic("2019-04-31")?.message, "`2019-04-31` is not a date: April 2019 has 30 days")
        XCTAssertEqual(diagnostic("2019-01-00")?.message, "`2019-01-00` is not a date: there is no day 0")
        XCTAssertNil(diagnostic("2019-01-31"))
    }

    func testThereIsNoMonthThirteen() {
        XCTAssertEqual(diagnostic("2019-13")?.message, "`2019-13` is not a date: there is no month 13")
        XCTAssertEqual(diagnostic("2019-00-10")?.message, "`2019-00-10` is not a date: there is no month 0")
    }

    func testShortYearsMonthsOrDaysAreNotDates() {
        for value in ["2019-3", "19-03", "2019-03-1", "2019-03-31-01"] {
            XCTAssertEqual(diagnostic(value)?.id, "bad-date", value)
            XCTAssertTrue(diagnostic(value)?.message.contains("four-digit year") ?? false, value)
            XCTAssertTrue(diagnostic(value)?.fixIts.isEmpty ?? false, value)
        }
    }

    func testADayFirstDateWithSlashesGetsTheISOFormAsAFixIt() {
        let text = "starts 31/03/2019"
        let file = SourceFile(path: "t.toc", text: text)
        let diagnostic = Lexer.lex(file).diagnostics.first
        XCTAssertEqual(diagnostic?.id, "bad-date")
        XCTAssertEqual(diagnostic?.message, "`31/03/2019` is not a date: dates are written year first, with dashes")
        XCTAssertEqual(diagnostic?.hint, "write `2019-03-31` (year-month-day)")
        XCTAssertEqual(FixIt.apply(diagnostic?.fixIts ?? [], to: file), "starts 2019-03-31")
    }

    func testAMonthAndYearWithASlashBecomesAMonth() {
        XCTAssertEqual(diagnostic("03/2019")?.hint, "write `2019-03` (year-month)")
    }

    func testDayFirstWithDots() {
        XCTAssertEqual(diagnostic("1.4.2018")?.hint, "write `2018-04-01` (year-month-day)")
    }

    func testNoSuggestionWhenTheDayFirstReadingIsImpossible() {
        // 12/25/2019 would be month 25; 31/02/2019 would be 31 February.
        for value in ["12/25/2019", "31/02/2019", "2019/13/01"] {
            let diagnostic = diagnostic(value)
            XCTAssertEqual(diagnostic?.id, "bad-date", value)
            XCTAssertEqual(diagnostic?.fixIts, [], value)
            XCTAssertEqual(diagnostic?.hint, "write dates as `2019-03` (a month) or `2019-03-31` (a day)", value)
        }
    }

    func testAYearFirstDateWithSlashesOrDotsGetsDashes() {
        XCTAssertEqual(diagnostic("2019/03/31")?.hint, "write `2019-03-31` (year-month-day)")
        XCTAssertEqual(diagnostic("2019/3")?.hint, "write `2019-03` (year-month)")
        XCTAssertEqual(diagnostic("2019.03.31")?.hint, "write `2019-03-31` (year-month-day)")
    }

    func testTheDateVerdictDirectly() {
        XCTAssertEqual(DateLiteral.parse("2020-02-29"), .valid)
        XCTAssertEqual(DateLiteral.parse("2019-02-29"), .invalid(reason: "February 2019 has 28 days", suggestion: nil))
        XCTAssertEqual(DateLiteral.parse("29/02/2020"), .invalid(reason: "dates are written year first, with dashes", suggestion: "2020-02-29"))
        XCTAssertEqual(DateLiteral.parse("29/02/2019"), .invalid(reason: "dates are written year first, with dashes", suggestion: nil))
    }
}
