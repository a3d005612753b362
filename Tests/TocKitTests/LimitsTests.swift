import TocKit
import TocLang
import TocTestSupport
import XCTest

/// The limits of docs/limits.md: each is enforced with its message, and the pathological plans finish (these tests
/// would hang or exhaust memory otherwise; their times are measured by the benchmarks, not asserted here).
final class LimitsTests: XCTestCase {
    private func ids(_ analysis: Analysis) -> Set<String> { Set(analysis.diagnostics.map(\.id)) }

    private func count(_ id: String, _ analysis: Analysis) -> Int { analysis.diagnostics.count { $0.id == id } }

    // MARK: - Line length

    func testALineAtTheLimitIsAccepted() {
        let label = String(repeating: "x", count: Limits.lineLength - "activity a \"\"".count)
        XCTAssertFalse(ids(Analysis(file: SourceFile(path: "p.toc", text: "activity a \"\(label)\"\n"))).contains("line-too-long"))
    }

    func testALineBeyondTheLimitIsReportedFromItsFirstCharacterBeyond() throws {
        let label = String(repeating: "é", count: Limits.lineLength)  // two bytes each: the limit counts characters
        let text = "activity a \"\(label)\"\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        let finding = try XCTUnwrap(analysis.diagnostics.first { $0.id == "line-too-long" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.message, "this line is 10,013 characters long; lines are limited to 10,000")
        XCTAssertNotNil(finding.hint)
        XCTAssertEqual(analysis.file.location(of: finding.range.start).column, Limits.lineLength + 1)
        XCTAssertEqual(finding.range.end, text.utf8.count - 1)
        // The line is still read whole.
        XCTAssertEqual(analysis.model.nodes.values.first?.label.count, Limits.lineLength)
    }

    // MARK: - Nesting

    func testTenThousandLevelsOfIndentationFinish() {
        var lines = ["activity a \"A\""]
        for level in 1...10_000 { lines.append(String(repeating: " ", count: level) + "phase design") }
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: lines.joined(separator: "\n")))
        XCTAssertEqual(analysis.model.nodes.count, 1)
        // Every line below the first detail is reported once; none is lost, and none is read as a detail.
        XCTAssertEqual(count("unexpected-indentation", analysis), 9_999)
        let output = AnnotatedFormatter().format(analysis.diagnostics, in: analysis.file)
        XCTAssertLessThan(output.utf8.count, 10_000 * 600, "each finding's snippet is clipped, not the whole indented line")
    }

    // MARK: - Elements and links

    func testElementsBeyondTheLimitAreReportedOnceAndNotRead() throws {
        let count = Limits.elements + 5
        let text = (0..<count).map { "input i\($0)" }.joined(separator: "\n")
            + "\nactivity act\nact -> i\(count - 1)\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        XCTAssertEqual(analysis.model.nodes.count, Limits.elements)
        let finding = try XCTUnwrap(analysis.diagnostics.first { $0.id == "too-many-elements" })
        XCTAssertEqual(self.count("too-many-elements", analysis), 1)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(analysis.file.location(of: finding.range.start).line, Limits.elements + 1)
        // A link to an element that was not read is not also called undefined: the limit is what to fix.
        XCTAssertEqual(self.count("undefined-reference", analysis), 0)
    }

    func testLinksBeyondTheLimitAreReportedOnceAndNotMade() {
        // 400 × 400 ids on one short line would make 160,000 links.
        let left = (0..<400).map { "a\($0)" }, right = (0..<400).map { "b\($0)" }
        let text = (left + right).map { "activity \($0)" }.joined(separator: "\n") + "\n"
            + left.joined(separator: ", ") + " -> " + right.joined(separator: ", ") + "\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        XCTAssertEqual(analysis.model.links.count, Limits.links)
        XCTAssertEqual(count("too-many-links", analysis), 1)
    }

    func testOneHundredThousandLinksAreAcceptedAndFinish() {
        var lines = (0..<10_000).map { "activity n\($0)" }
        for index in 0..<10_000 {
            for step in 1...10 { lines.append("n\(index) -> n\((index + step) % 10_000)") }
        }
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: lines.joined(separator: "\n")))
        XCTAssertEqual(analysis.model.links.count, 100_000)
        XCTAssertFalse(ids(analysis).contains("too-many-links"))
        XCTAssertEqual(count("cycle", analysis), 1, "one circle through all 10,000, reported once")
    }

    // MARK: - Long lines of links

    func testAChainOfTenThousandLinksOnOneLineFinishes() {
        let steps = (0...10_000).map { "step\($0)" }
        let text = steps.map { "activity \($0)" }.joined(separator: "\n") + "\n" + steps.joined(separator: " -> ") + "\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        XCTAssertEqual(analysis.model.links.count, 10_000)
        XCTAssertTrue(ids(analysis).contains("line-too-long"))
        XCTAssertFalse(ids(analysis).contains("cycle"))
        XCTAssertFalse(Renderer.dot(analysis).isEmpty)
    }

    /// Found by hand before fuzzing: with every step undeclared, each of 10,001 findings printed the whole 89 KB line
    /// and counted its characters up to the finding: 78 s and 1.3 GB of output. Snippets are now clipped and columns
    /// on ASCII lines are found without counting.
    func testTenThousandFindingsOnOneLongLinePrintShortSnippets() {
        let text = (0...10_000).map { "step\($0)" }.joined(separator: " -> ") + "\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        XCTAssertEqual(count("undefined-reference", analysis), 10_001)
        let output = AnnotatedFormatter().format(analysis.diagnostics, in: analysis.file)
        XCTAssertLessThan(output.utf8.count, 10_001 * 600)
        XCTAssertTrue(output.contains("…"))
    }

    /// The same on a line that is not plain ASCII, where columns are counted in characters: counting from the line's
    /// start for each finding took 41 s (release) for 10,001 findings; columns are now counted from a checkpoint
    /// every 256 bytes (`SourceFile`).
    func testTenThousandFindingsOnOneLongNonASCIILineFinish() {
        let text = (0...10_000).map { "é\($0)" }.joined(separator: " → ") + "\n"
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: text))
        XCTAssertEqual(count("undefined-reference", analysis), 10_001)
        let output = AnnotatedFormatter().format(analysis.diagnostics, in: analysis.file)
        XCTAssertLessThan(output.utf8.count, 10_001 * 600)
        let last = analysis.diagnostics.last { $0.id == "undefined-reference" }!
        XCTAssertEqual(analysis.file.location(of: last.range.start).column, text.count - "é10000\n".count + 1)
    }

    // MARK: - Labels

    func testALabelAtTheLimitIsNotReported() {
        let label = String(repeating: "a", count: Limits.labelLength)
        XCTAssertFalse(ids(Analysis(file: SourceFile(path: "p.toc", text: "activity a \"\(label)\"\n"))).contains("label-too-long"))
    }

    func testAMillionCharacterLabelIsReportedAndCutInTheDiagram() throws {
        let label = String(repeating: "ab cd é ", count: 125_000)
        let analysis = Analysis(file: SourceFile(path: "p.toc", text: "theory \"\(label)\"\nactivity a \"\(label)\"\n  phase design\n"))
        XCTAssertEqual(count("label-too-long", analysis), 2, "the title and the activity's label")
        let finding = try XCTUnwrap(analysis.diagnostics.first { $0.id == "label-too-long" })
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.message, "this label is 1,000,000 characters long; the diagram shows only the first 160")
        XCTAssertEqual(count("line-too-long", analysis), 2)
        XCTAssertEqual(analysis.model.nodes.values.first?.label.count, 1_000_000, "the model keeps the whole label")
        let dot = Renderer.dot(analysis)
        XCTAssertLessThan(dot.utf8.count, 20_000, "labels and tooltips are cut in the diagram")
        XCTAssertNoThrow(try Renderer.render(analysis, format: .svg))
    }

    // MARK: - Every limit is documented

    func testEveryLimitMessageIsDocumented() throws {
        let document = try String(contentsOfFile: Repository.path("docs/limits.md"), encoding: .utf8)
        for id in LimitMessages.ids + ["line-too-long", "unexpected-indentation"] {
            XCTAssertTrue(document.contains("`\(id)`"), "docs/limits.md does not mention \(id)")
        }
        for value in [Limits.lineLength, Limits.elements, Limits.links, Limits.labelLength] {
            XCTAssertTrue(document.contains(Limits.formatted(value)), "docs/limits.md does not give \(value)")
        }
        XCTAssertTrue(document.contains("16 MiB") && document.contains("exit status 66"))
    }
}
