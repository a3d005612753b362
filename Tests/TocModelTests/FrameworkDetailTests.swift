import TocDiagnostics
@testable import TocModel
import XCTest

/// Reading the framework a plan names, and the fuller indicator details (`measure rate per N`).
final class FrameworkDetailTests: XCTestCase {
    func testFrameworkByIDOrByFile() throws {
        let byID = Built("theory \"Plan\"\n  framework dfe-7x7\n")
        XCTAssertEqual(byID.model.theory?.framework, "dfe-7x7")
        XCTAssertEqual(byID.model.theory?.frameworkIsFile, false)
        let text = "theory \"Plan\"\n  framework \"../frameworks/ours.yml\"\n"
        let byFile = Built(text)
        XCTAssertEqual(byFile.allDiagnostics, [])
        XCTAssertEqual(byFile.model.theory?.framework, "../frameworks/ours.yml")
        XCTAssertEqual(byFile.model.theory?.frameworkIsFile, true)
        let range = try XCTUnwrap(byFile.model.theory?.frameworkRange)
        XCTAssertEqual(range.start, text.offset(of: "\"../"))
        XCTAssertNil(Built("theory \"Plan\"\n").model.theory?.framework)
    }

    func testRatePer() throws {
        let built = Built(theoryHeader + """
            outcome o "O"
              horizon immediate
              indicator cpp "CPP"
                measure rate per 10000
              indicator other "Other"
                measure ratio per 1000
            """)
        XCTAssertEqual(built.allDiagnostics, [])
        let indicators = try XCTUnwrap(built.node("o")?.indicators)
        XCTAssertEqual(indicators.map(\.measure), ["rate", "rate"])
        XCTAssertEqual(indicators.map(\.ratePer), [10000, 1000])
    }

    func testPerOnlyAfterARate() {
        let built = Built(theoryHeader + """
            outcome o "O"
              horizon immediate
              indicator share "Share"
                measure percentage per 100
            """)
        XCTAssertEqual(built.diagnostics.map(\.id), ["extra-value"])
        XCTAssertNil(built.node("o")?.indicators.first?.ratePer)
    }

    /// A detail written but not understood is remembered, so checks do not also call it missing.
    func testUnreadableIndicatorDetailsAreRecorded() {
        let built = Built(theoryHeader + """
            outcome o "O"
              horizon immediate
              indicator i "I"
                frequency fortnightlyish
                source "Survey"
            """)
        XCTAssertEqual(built.node("o")?.indicators.first?.unreadableDetails, ["frequency"])
    }
}
