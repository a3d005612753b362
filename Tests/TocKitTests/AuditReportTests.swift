import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The audit of an example, as golden files (Markdown; HTML with the diagram left out, since Graphviz's bytes vary by
/// version and fonts), and the writer: atomic files, the diagram beside the Markdown, a PDF only with a browser.
final class AuditReportTests: XCTestCase {
    static let example = "examples/lincolnshire-partners-in-practice.toc"

    /// The example with a relative path, so golden files do not depend on where the repository is.
    private func analysis(_ relative: String = example) throws -> Analysis {
        Analysis(file: SourceFile(path: relative, text: try Repository.read(relative)))
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-audit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    // MARK: - Golden files

    func testGoldenMarkdown() throws {
        assertGolden(try analysis().auditMarkdown(diagramFile: "lincolnshire-audit-diagram.svg"), name: "audit-lincolnshire", extension: "md")
    }

    func testGoldenHTMLWithTheDiagramLeftOut() throws {
        let report = try analysis().auditReport
        let html = AuditHTML.render(report, diagram: .inlineSVG("<svg><!-- the diagram, drawn by Graphviz: not compared --></svg>"))
        assertGolden(html, name: "audit-lincolnshire", extension: "html")
    }

    // MARK: - Writing

    func testHTMLIsOneFileWithTheDiagramInline() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("audit.html").path
        let result = try AuditWriter.write(try analysis(), to: path, format: .html)
        XCTAssertEqual(result.files, [path])
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.contains("<svg role=\"group\""))
        XCTAssertTrue(html.contains("</html>\n"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["audit.html"], "no temporary files left")
    }

    func testMarkdownHasItsDiagramBesideIt() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("bid pack.md").path
        let result = try AuditWriter.write(try analysis(), to: path, format: .markdown)
        let diagram = folder.appendingPathComponent("bid pack-diagram.svg").path
        XCTAssertEqual(result.files, [diagram, path])
        let svg = try String(contentsOfFile: diagram, encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"))
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(markdown.contains("](bid%20pack-diagram.svg)"), "the image is referenced by a relative, encoded path")
    }

    func testAPlanWithErrorsStillGetsItsAuditWhichSaysSo() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("broken.html").path
        _ = try AuditWriter.write(try analysis("examples/broken/broken-plan.toc"), to: path, format: .html)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.contains("<p class=\"banner\" role=\"alert\">This plan has "))
        XCTAssertTrue(html.contains("<p class=\"verdict\">Needs work before funding</p>"))
    }

    func testAnUnwritableDestinationIsAWriteFailure() throws {
        XCTAssertThrowsError(try AuditWriter.write(try analysis(), to: "/nonexistent-folder/audit.html", format: .html)) { error in
            guard case .write(.writeFailed) = error as? AuditWriter.Failure else { return XCTFail("\(error)") }
        }
    }

    func testAPDFNeedsABrowser() throws {
        let folder = try temporaryFolder()
        let missing = HeadlessBrowser.find(environment: ["PATH": folder.path])
        XCTAssertNil(missing)
        let path = folder.appendingPathComponent("audit.pdf").path
        let notABrowser = HeadlessBrowser(path: "/bin/false")
        XCTAssertThrowsError(try AuditWriter.write(try analysis(), to: path, format: .pdf, browser: notABrowser)) { error in
            guard case .browser = error as? AuditWriter.Failure else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing is written when the browser fails")
    }

    func testFormatsFollowTheFileName() {
        XCTAssertEqual(AuditFormat(path: "audit.html"), .html)
        XCTAssertEqual(AuditFormat(path: "Audit.HTM"), .html)
        XCTAssertEqual(AuditFormat(path: "out/audit.md"), .markdown)
        XCTAssertEqual(AuditFormat(path: "audit.pdf"), .pdf)
        XCTAssertNil(AuditFormat(path: "audit.svg"))
        XCTAssertNil(AuditFormat(path: "my.folder/audit"))
        XCTAssertEqual(AuditWriter.diagramPath(forMarkdown: "out/audit.md"), "out/audit-diagram.svg")
    }

    func testEveryExampleGetsAnAudit() throws {
        let folder = Repository.root.appendingPathComponent("examples")
        let plans = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".toc") }
        XCTAssertGreaterThanOrEqual(plans.count, 3)
        for plan in plans {
            let analysis = try analysis("examples/" + plan)
            let report = analysis.auditReport
            XCTAssertEqual(report.checklist.count, 12, plan)
            XCTAssertEqual(report.findings.count, analysis.diagnostics.count, plan)
            XCTAssertEqual(HTMLInspection.problems(in: AuditHTML.render(report, diagram: .unavailable("not drawn here"))), [], plan)
        }
    }
}
