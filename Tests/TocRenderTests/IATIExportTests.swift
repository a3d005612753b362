import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import XCTest

/// `toc export --format iati`: outputs and measured outcomes as IATI 2.03 results, checked by parsing the XML.
final class IATIExportTests: XCTestCase {
    private static let plan = """
        theory "Family Help & <Northshire>"
          starts 2024-04
          ends 2026-03
          description "Keyworkers for families on the edge of care"

        activity visits "Weekly home visits"
        output sessions "Home visits delivered"
          target 1000 visits by 2025-03
          target 2000 visits by 2026-03
          target 90% "of families visited within a week"
        outcome trust "Families trust their worker"
          horizon immediate
          indicator trust-share "Families who say they trust their worker"
            measure percentage
            direction up
            baseline 40% in 2024-03 available
            target 70% by 2026-03
            target 60% by 2025-03
          indicator stories "Families' accounts of their worker"
            measure qualitative
            baseline collected from 2024-05
            target 3 by 2026-03
        outcome safer "Children are safer at home (<5 on the \\"risk\\" scale)"
          horizon long-term
          indicator cpp "Child protection plans per 10,000 children"
            definition "Children on a plan at 31 March, per 10,000 under-18s"
            measure rate per 10000
            direction down
            source "Children in Need Census"
            baseline 45 in 2023 available
            target 38 by 2026-03
          indicator steady "Steady"
            direction stable
        outcome unmeasured "Not measured, so not exported"
          horizon intermediate
        output untargeted "No targets, so not exported"
        visits -> sessions -> trust -> unmeasured -> safer
        """

    private lazy var xml = IATIExport.xml(Analysis(file: SourceFile(path: "plan.toc", text: Self.plan)).model)

    private func document() throws -> XMLDocument {
        try XMLDocument(data: Data(xml.utf8), options: [])
    }

    private func nodes(_ path: String) throws -> [XMLNode] {
        try document().nodes(forXPath: path)
    }

    private func values(_ path: String) throws -> [String] {
        try nodes(path).compactMap(\.stringValue)
    }

    func testDocumentIsIATI203() throws {
        let root = try XCTUnwrap(try document().rootElement())
        XCTAssertEqual(root.name, "iati-activities")
        XCTAssertEqual(root.attribute(forName: "version")?.stringValue, "2.03")
        XCTAssertEqual(try values("/iati-activities/iati-activity/iati-identifier"), ["toc-family-help-northshire"])
        XCTAssertEqual(try values("/iati-activities/iati-activity/title/narrative"), ["Family Help & <Northshire>"], "text is escaped and comes back as written")
        XCTAssertEqual(try values("/iati-activities/iati-activity/activity-date/@type"), ["1", "3"])
        XCTAssertEqual(try values("/iati-activities/iati-activity/activity-date/@iso-date"), ["2024-04-01", "2026-03-31"])
    }

    func testResultTypes() throws {
        XCTAssertEqual(try values("//result/title/narrative"), [
            "Home visits delivered", "Families trust their worker", "Children are safer at home (<5 on the \"risk\" scale)",
        ], "outputs without targets and outcomes without indicators are left out")
        XCTAssertEqual(try values("//result/@type"), ["1", "2", "3"], "output, outcome, and impact for a long-term outcome")
    }

    func testOutputTargetsBecomeIndicatorsPerUnit() throws {
        let output = "//result[@type='1']/indicator"
        XCTAssertEqual(try values(output + "/title/narrative"), ["Home visits delivered: visits", "Home visits delivered: of families visited within a week"])
        XCTAssertEqual(try values(output + "/@measure"), ["1", "2"])
        XCTAssertEqual(try values(output + "[1]/period/target/@value"), ["1000", "2000"])
        XCTAssertEqual(try values(output + "[1]/period/period-start/@iso-date"), ["2024-04-01", "2025-04-01"])
        XCTAssertEqual(try values(output + "[1]/period/period-end/@iso-date"), ["2025-03-31", "2026-03-31"])
        XCTAssertEqual(try values(output + "[2]/period/period-end/@iso-date"), ["2026-03-31"], "an undated target ends with the plan")
    }

    func testMeasureAndAscending() throws {
        XCTAssertEqual(try values("//result[@type='2']/indicator/@measure"), ["2", "5"])
        XCTAssertEqual(try values("//result[@type='3']/indicator/@measure"), ["1", "1"])
        XCTAssertEqual(try values("//result[@type='2']/indicator[1]/@ascending"), ["1"])
        XCTAssertEqual(try values("//result[@type='3']/indicator[1]/@ascending"), ["0"])
        XCTAssertEqual(try values("//result[@type='3']/indicator[2]/@ascending"), [], "stable: left out")
        XCTAssertEqual(try values("//result[@type='3']/indicator[1]/description/narrative"), ["Children on a plan at 31 March, per 10,000 under-18s"])
    }

    func testBaselineAndPeriodsInDateOrder() throws {
        let trust = "//result[@type='2']/indicator[1]"
        XCTAssertEqual(try values(trust + "/baseline/@year"), ["2024"])
        XCTAssertEqual(try values(trust + "/baseline/@iso-date"), ["2024-03-01"])
        XCTAssertEqual(try values(trust + "/baseline/@value"), ["40"], "the measure says it is a percentage")
        XCTAssertEqual(try values(trust + "/period/target/@value"), ["60", "70"])
        XCTAssertEqual(try values(trust + "/period/period-start/@iso-date"), ["2024-03-01", "2025-04-01"])
        let cpp = "//result[@type='3']/indicator[1]"
        XCTAssertEqual(try values(cpp + "/baseline/@year"), ["2023"])
        XCTAssertEqual(try values(cpp + "/baseline/@iso-date"), [], "a year alone has no date")
        XCTAssertEqual(try values(cpp + "/baseline/comment/narrative"), ["Data available now. Source: Children in Need Census"])
    }

    /// Qualitative indicators carry no values: their figures go in comments.
    func testQualitativeIndicatorHasNoValues() throws {
        let stories = "//result[@type='2']/indicator[2]"
        XCTAssertEqual(try values(stories + "/baseline/@year"), ["2024"])
        XCTAssertEqual(try values(stories + "//@value"), [])
        XCTAssertEqual(try values(stories + "/period/target/comment/narrative"), ["Target 3"])
    }

    func testHostileTextStaysText() throws {
        let hostile = "theory \"--><evil/>\\u{1}&amp;\"\noutcome o \"]]><x/>\"\n  horizon immediate\n  indicator i \"<![CDATA[x]]>\"\n    target 1 by 2020-01\n"
        let xml = IATIExport.xml(Analysis(file: SourceFile(path: "--evil--.toc", text: hostile)).model)
        let document = try XMLDocument(data: Data(xml.utf8), options: [])
        XCTAssertEqual(try document.nodes(forXPath: "//title/narrative").compactMap(\.stringValue), ["--><evil/>&amp;", "]]><x/>", "<![CDATA[x]]>"])
        XCTAssertEqual(try document.nodes(forXPath: "//evil").count, 0)
    }
}
