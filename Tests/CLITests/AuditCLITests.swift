import Foundation
import TocTestSupport
import XCTest

/// End-to-end: `toc audit`, run as a funder would.
final class AuditCLITests: TemporaryFolderTestCase {
    private var example: String { Repository.path("examples/family-safeguarding.toc") }
    private var broken: String { Repository.path("examples/broken/broken-plan.toc") }

    private func toc(_ arguments: String..., environment: [String: String] = [:]) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments, in: folder, environment: environment)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    func testHTMLAudit() throws {
        let run = try toc("audit", example, "-o", "audit.html")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("toc: wrote audit.html"), run.stderr)
        let html = try read("audit.html")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<svg role=\"group\""))
        XCTAssertTrue(html.contains("Made by toc 0."))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["audit.html"])
    }

    func testMarkdownAuditWritesItsDiagramBesideIt() throws {
        let run = try toc("audit", example, "-o", "audit.md")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("toc: wrote audit-diagram.svg\ntoc: wrote audit.md"), run.stderr)
        XCTAssertTrue(try read("audit.md").contains("](audit-diagram.svg)"))
        XCTAssertTrue(try read("audit-diagram.svg").contains("<svg"))
    }

    func testTheDefaultOutputIsBesideThePlan() throws {
        let plan = folder.appendingPathComponent("bid.toc")
        try FileManager.default.copyItem(atPath: example, toPath: plan.path)
        let run = try toc("audit", "bid.toc")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(exists("bid-audit.html"))
    }

    func testStandardOutput() throws {
        let html = try toc("audit", example, "-o", "-")
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let markdown = try toc("audit", example, "-o", "-", "--format", "markdown")
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Audit: Family Safeguarding"))
        XCTAssertTrue(markdown.stdout.contains("*The diagram could not be drawn"), "no image without a file beside it")
    }

    func testAPlanWithErrorsGetsItsAuditAndFails() throws {
        let run = try toc("audit", broken, "-o", "broken.html")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("has errors; the audit says so at the top"), run.stderr)
        XCTAssertTrue(try read("broken.html").contains("class=\"banner\" role=\"alert\">This plan has 11 errors."))
    }

    func testStrictFailsOnWarningsButStillWrites() throws {
        let plan = folder.appendingPathComponent("plan.toc")
        try "theory \"Plan\"\ninput unused \"Never used\"\n".write(to: plan, atomically: true, encoding: .utf8)
        XCTAssertEqual(try toc("audit", "plan.toc", "-o", "a.html").status, 0)
        XCTAssertEqual(try toc("audit", "plan.toc", "-o", "b.html", "--strict").status, 1)
        XCTAssertTrue(exists("b.html"))
    }

    func testAPDFWithoutABrowserWritesTheHTMLAndSaysHowToPrintIt() throws {
        // An empty PATH: no Chromium to be found.
        let run = try toc("audit", example, "-o", "audit.pdf", environment: ["PATH": folder.path])
        XCTAssertEqual(run.status, 69, run.stderr)
        XCTAssertTrue(run.stderr.contains("no headless Chromium was found on PATH"), run.stderr)
        XCTAssertTrue(run.stderr.contains("wrote audit.html instead"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Print, then \"Save as PDF\", with paper size A4"), run.stderr)
        XCTAssertTrue(exists("audit.html"))
        XCTAssertFalse(exists("audit.pdf"))
    }

    func testAPDFWithABrowser() throws {
        guard ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains(where: { folder in
            ["chromium", "chromium-browser", "google-chrome"].contains { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }) == true else { throw XCTSkip("no headless Chromium on PATH") }
        let run = try toc("audit", example, "-o", "audit.pdf")
        XCTAssertEqual(run.status, 0, run.stderr)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("audit.pdf"))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["audit.pdf"])
    }

    func testMistakesInTheCommand() throws {
        let unknown = try toc("audit", example, "-o", "audit.svg")
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("end it in .html, .md or .pdf"), unknown.stderr)
        XCTAssertEqual(try toc("audit", example, "-o", "-", "--format", "pdf").status, 64)
        XCTAssertEqual(try toc("audit", "missing.toc", "-o", "a.html").status, 66)
        XCTAssertEqual(try toc("audit", example, "-o", "no-such-folder/a.html").status, 73)
        XCTAssertTrue(try toc("audit", "--help").stdout.contains("Audit of Service"))
    }
}
