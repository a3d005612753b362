import Foundation
import TocTestSupport
import XCTest

/// `toc watch`: runs the built binary, edits the plan under it, and checks each run's report and the diagram.
final class WatchCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func plan(outcome label: String, target: String = "staff") -> String {
        """
        theory "Watched plan"
        activity training "Train staff"
        outcome confident "\(label)"
          horizon immediate
        training -> \(target)

        """
    }

    /// Polls until `condition` holds, failing after `timeout` seconds.
    private func wait(_ what: String, timeout: TimeInterval = 30, until condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return XCTFail("timed out waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func testRerendersOnValidChangesAndKeepsTheDiagramOnErrors() throws {
        let planURL = folder.appendingPathComponent("plan.toc")
        let svgURL = folder.appendingPathComponent("out.svg")
        try plan(outcome: "Staff feel confident", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = ["watch", "plan.toc", "-o", "out.svg", "--iterations", "3"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = folder.appendingPathComponent("stderr.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func svg() -> String { (try? String(contentsOf: svgURL, encoding: .utf8)) ?? "" }
        func report() -> String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

        // Run 1: the first drawing.
        wait("the first diagram") { svg().contains("Staff feel confident") }
        wait("run 1's summary") { report().contains("run 1:") }

        // Run 2: a valid change is drawn.
        try plan(outcome: "Staff feel much more confident", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
        wait("the redrawn diagram") { svg().contains("Staff feel much more confident") }
        wait("run 2's summary") { report().contains("run 2:") }
        let good = try Data(contentsOf: svgURL)
        let goodModified = try FileManager.default.attributesOfItem(atPath: svgURL.path)[.modificationDate] as? Date

        // Run 3: a plan with an error is reported, and the diagram is left as it was.
        try plan(outcome: "Broken", target: "confidnt").write(to: planURL, atomically: true, encoding: .utf8)
        wait("toc watch to stop after three runs") { !process.isRunning }
        process.waitUntilExit()

        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        let text = report()
        let summaries = text.split(separator: "\n").filter { $0.range(of: #"^\[\d\d:\d\d:\d\d\] run \d+: "#, options: .regularExpression) != nil }
        XCTAssertEqual(summaries.count, 3, text)
        XCTAssertTrue(summaries[0].hasSuffix("wrote out.svg"), text)
        XCTAssertTrue(summaries[1].hasSuffix("wrote out.svg"), text)
        XCTAssertTrue(summaries[2].contains("1 error"), text)
        XCTAssertTrue(summaries[2].hasSuffix("out.svg left as it was"), text)
        XCTAssertTrue(text.contains("confidnt"), "the error itself is printed: \(text)")
        XCTAssertEqual(try Data(contentsOf: svgURL), good)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: svgURL.path)[.modificationDate] as? Date, goodModified)
    }

    func testStopsCleanlyOnInterrupt() throws {
        let planURL = folder.appendingPathComponent("plan.toc")
        try plan(outcome: "Staff feel confident", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = ["watch", "plan.toc"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        wait("the first diagram") { FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.svg").path) }
        process.interrupt()
        wait("toc watch to stop") { !process.isRunning }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testIterationsIsHiddenFromHelp() throws {
        let run = try BuiltTool.run(["watch", "--help"], in: folder)
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("--output"), run.stdout)
        XCTAssertFalse(run.stdout.contains("--iterations"), run.stdout)
    }
}
