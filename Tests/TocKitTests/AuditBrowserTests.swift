import Foundation
import TocKit
import TocTestSupport
import XCTest

/// The HTML audit in a real headless Chromium (Debian's `chromium`; CI installs it with
/// `scripts/install-test-browser.sh`): nothing in a hostile plan executes, even with the Content-Security-Policy taken
/// out; the page is screenshotted and printed to PDF. Skipped when no Chromium is on `PATH`.
final class AuditBrowserTests: XCTestCase {
    private var browser: HeadlessBrowser!
    private var folder: URL!

    override func setUpWithError() throws {
        guard let found = HeadlessBrowser.find() else {
            if ProcessInfo.processInfo.environment["TOC_REQUIRE_BROWSER"] == "1" {
                XCTFail("TOC_REQUIRE_BROWSER is set (as in CI) but no headless Chromium is on PATH")
            }
            throw XCTSkip("no headless Chromium on PATH (scripts/install-test-browser.sh installs it)")
        }
        browser = found
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-browser-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func page(_ html: String, named name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(html.utf8).write(to: url)
        return url
    }

    private var hostileHTML: String {
        Analysis(file: SourceFile(path: "hostile.toc", text: HostilePlan.text)).auditHTML().html
    }

    /// The page title the browser ended with.
    private func title(in dom: String) -> String? {
        guard let start = dom.range(of: "<title>"), let end = dom.range(of: "</title>", range: start.upperBound..<dom.endIndex) else { return nil }
        return String(dom[start.upperBound..<end.lowerBound])
    }

    private func assertNothingRan(_ dom: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(dom.contains("Theory of change audit"), "the page did not load", file: file, line: line)
        XCTAssertTrue(title(in: dom)?.hasPrefix("Audit: ") ?? false, "the title was changed: \(title(in: dom) ?? "none")", file: file, line: line)
        XCTAssertFalse(dom.contains("\(HostilePlan.attributeMarker)=\""), "a payload set an attribute", file: file, line: line)
        XCTAssertEqual(HTMLInspection.problems(in: dom), [], "the DOM the browser built", file: file, line: line)
    }

    // MARK: - Nothing executes

    func testTheDetectorSeesAPayloadThatRuns() throws {
        // A control: the same payloads, unescaped, in a page without a policy, do run, and are caught.
        let unsafe = "<!DOCTYPE html><html><head><title>Audit: control</title></head><body><p>Theory of change audit</p>"
            + HostilePlan.payloads[0] + HostilePlan.payloads[1] + "</body></html>"
        let dom = try browser.dumpDOM(try page(unsafe, named: "control.html"))
        XCTAssertEqual(title(in: dom), HostilePlan.titleMarker)
        XCTAssertTrue(dom.contains("\(HostilePlan.attributeMarker)=\"img\""), dom)
    }

    func testNothingInAHostilePlanExecutes() throws {
        let html = hostileHTML
        XCTAssertTrue(html.contains(AuditHTML.contentSecurityPolicy))
        assertNothingRan(try browser.dumpDOM(try page(html, named: "hostile.html")))
    }

    func testNothingExecutesEvenWithoutTheContentSecurityPolicy() throws {
        // Escaping alone must hold: the policy is a second line of defence, not the first.
        let html = hostileHTML.replacingOccurrences(
            of: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(AuditHTML.contentSecurityPolicy)\">\n", with: ""
        )
        XCTAssertFalse(html.contains("Content-Security-Policy"))
        assertNothingRan(try browser.dumpDOM(try page(html, named: "hostile-without-policy.html")))
    }

    func testTheHostilePageIsStillVisible() throws {
        // `</style><style>body{display:none}` in a label must not blank the page.
        let png = folder.appendingPathComponent("hostile.png")
        try browser.screenshot(try page(hostileHTML, named: "hostile.html"), to: png)
        let bytes = try Data(contentsOf: png)
        XCTAssertGreaterThan(bytes.count, 50_000, "a blank page compresses to a few kilobytes")
    }

    // MARK: - Looked at

    func testTheAuditRendersToAScreenshot() throws {
        let analysis = Analysis(file: SourceFile(path: AuditReportTests.example, text: try Repository.read(AuditReportTests.example)))
        let png = folder.appendingPathComponent("audit.png")
        try browser.screenshot(try page(analysis.auditHTML().html, named: "audit.html"), to: png, width: 1280, height: 2000)
        let bytes = try Data(contentsOf: png)
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG signature")
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1280)
        XCTAssertEqual(height, 2000)
        XCTAssertGreaterThan(bytes.count, 100_000, "a page with a diagram and tables is not small")
        if let keep = ProcessInfo.processInfo.environment["TOC_KEEP_SCREENSHOTS"] {
            try? FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: keep).appendingPathComponent("audit-lincolnshire.png"))
        }
    }

    func testTheAuditPrintsToAPDFOnA4() throws {
        let path = folder.appendingPathComponent("audit.pdf").path
        let analysis = Analysis(file: SourceFile(path: AuditReportTests.example, text: try Repository.read(AuditReportTests.example)))
        let result = try AuditWriter.write(analysis, to: path, format: .pdf, browser: browser)
        XCTAssertEqual(result.files, [path])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertGreaterThan(bytes.count, 50_000)
        guard let info = Self.pdfinfo(path) else { return }
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        XCTAssertGreaterThan(pages ?? 0, 1)
        // Portrait A4 for the summary and findings, landscape A4 for the diagram, checklist and coverage.
        XCTAssertTrue(info.contains("594.96 x 841.92 pts (A4)"), info)
        XCTAssertTrue(info.contains("841.92 x 594.96 pts (A4)"), info)
    }

    /// `pdfinfo` (poppler-utils) on every page, or nil when it is not installed.
    static func pdfinfo(_ path: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard let tool = folders.map({ "\($0)/pdfinfo" }).first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-f", "1", "-l", "1000", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
