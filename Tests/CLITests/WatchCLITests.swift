import Foundation
import TocTestSupport
import XCTest

/// `toc watch`: runs the built binary, edits the plan under it, and checks each run's report and the diagram.
final class WatchCLITests: TemporaryFolderTestCase {
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

        let (process, report) = try startWatch(["plan.toc", "-o", "out.svg", "--iterations", "3"])
        defer { if process.isRunning { process.terminate() } }
        func svg() -> String { (try? String(contentsOf: svgURL, encoding: .utf8)) ?? "" }

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

    /// Starts `toc watch` in the folder with its standard error going to `stderr.txt`.
    private func startWatch(_ arguments: [String]) throws -> (process: Process, report: () -> String) {
        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = ["watch"] + arguments
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
        return (process, { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" })
    }

    /// A stand-in for the drawing process: logs each call, then runs `body` (by default, the real `toc`).
    private func drawer(_ body: String = "exec \"$TOC\" \"$@\"") throws -> String {
        let script = folder.appendingPathComponent("drawer.sh")
        try """
            #!/bin/sh
            TOC='\(BuiltTool.executable.path)'
            echo "$@" >> '\(folder.appendingPathComponent("draws.log").path)'
            \(body)

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    /// The process ids of `pid`'s children that are zombies (exited but not reaped). Linux only.
    private func zombieChildren(of pid: Int32) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let children = tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
        return children.filter { child in
            let stat = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)) ?? ""
            return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
        }
    }

    func testEachDrawingIsMadeByAChildProcessThatIsReaped() throws {
        let planURL = folder.appendingPathComponent("plan.toc")
        let svgURL = folder.appendingPathComponent("out.svg")
        try plan(outcome: "First label", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
        let (process, report) = try startWatch(["plan.toc", "-o", "out.svg", "--iterations", "4", "--draw-with", try drawer()])
        defer { if process.isRunning { process.terminate() } }
        func svg() -> String { (try? String(contentsOf: svgURL, encoding: .utf8)) ?? "" }

        for (run, label) in ["First label", "Second label", "Third label", "Fourth label"].enumerated() {
            if run > 0 {
                try plan(outcome: label, target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
            }
            wait("the diagram of run \(run + 1)") { svg().contains(label) }
            wait("run \(run + 1)'s summary") { report().contains("run \(run + 1):") }
            XCTAssertEqual(zombieChildren(of: process.processIdentifier), [], "drawing processes are reaped")
        }
        wait("toc watch to stop after four runs") { !process.isRunning }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let text = report()
        XCTAssertEqual(text.components(separatedBy: "warning[outcome-without-indicator]").count - 1, 4, "the findings are printed each run: \(text)")
        XCTAssertEqual(text.components(separatedBy: "1 warning; wrote out.svg").count - 1, 4, text)
        let draws = try String(contentsOf: folder.appendingPathComponent("draws.log"), encoding: .utf8)
        XCTAssertEqual(draws.split(separator: "\n"), Array(repeating: "render-dot --format svg", count: 4), "one child per run")
    }

    func testAFailedOrCrashedDrawingIsReportedAndTheWatchGoesOn() throws {
        let planURL = folder.appendingPathComponent("plan.toc")
        let svgURL = folder.appendingPathComponent("out.svg")
        try plan(outcome: "Good label", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
        // Run 2's drawing fails as Graphviz would, run 3's crashes, and run 4's succeeds again.
        let drawer = try drawer("""
            runs=$(wc -l < draws.log)
            if [ "$runs" -eq 2 ]; then cat > /dev/null; echo 'toc: error: Graphviz could not draw the diagram: pretend' >&2; exit 70; fi
            if [ "$runs" -eq 3 ]; then kill -SEGV $$; fi
            exec "$TOC" "$@"
            """)
        let (process, report) = try startWatch(["plan.toc", "-o", "out.svg", "--iterations", "4", "--draw-with", drawer])
        defer { if process.isRunning { process.terminate() } }
        func svg() -> String { (try? String(contentsOf: svgURL, encoding: .utf8)) ?? "" }

        wait("run 1's summary") { report().contains("run 1:") }
        let good = try Data(contentsOf: svgURL)
        for (run, label) in [(2, "Second label"), (3, "Third label"), (4, "Fourth label")] {
            try plan(outcome: label, target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
            wait("run \(run)'s summary") { report().contains("run \(run):") }
            if run < 4 { XCTAssertEqual(try Data(contentsOf: svgURL), good, "a failed drawing leaves the diagram as it was") }
        }
        wait("toc watch to stop after four runs") { !process.isRunning }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(svg().contains("Fourth label"))

        let text = report()
        let summaries = text.split(separator: "\n").filter { $0.contains("] run ") }
        XCTAssertEqual(summaries.count, 4, text)
        XCTAssertTrue(text.contains("toc: error: Graphviz could not draw the diagram: pretend"), "the child's own words are passed on: \(text)")
        XCTAssertTrue(summaries[1].hasSuffix("the drawing process failed (exit status 70); out.svg left as it was"), text)
        XCTAssertTrue(summaries[2].contains("the drawing process failed (signal 11"), text)
        XCTAssertTrue(summaries[2].hasSuffix("out.svg left as it was"), text)
        XCTAssertTrue(summaries[3].hasSuffix("wrote out.svg"), text)
    }

    func testInterruptStopsADrawingInProgress() throws {
        let planURL = folder.appendingPathComponent("plan.toc")
        try plan(outcome: "Staff feel confident", target: "confident").write(to: planURL, atomically: true, encoding: .utf8)
        let (process, report) = try startWatch(["plan.toc", "-o", "out.svg", "--draw-with", try drawer("exec sleep 60")])
        defer { if process.isRunning { process.terminate() } }
        wait("the drawing to start") { FileManager.default.fileExists(atPath: folder.appendingPathComponent("draws.log").path) }
        Thread.sleep(forTimeInterval: 0.2)
        let started = Date()
        process.interrupt()
        wait("toc watch to stop", timeout: 10) { !process.isRunning }
        process.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the drawing is not waited for")
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(report().contains("stopped while drawing; out.svg left as it was"), report())
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
    }

    func testIterationsIsHiddenFromHelp() throws {
        let run = try BuiltTool.run(["watch", "--help"], in: folder)
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("--output"), run.stdout)
        XCTAssertFalse(run.stdout.contains("--iterations"), run.stdout)
        XCTAssertFalse(run.stdout.contains("--draw-with"), run.stdout)
    }

    func testTheDrawingSubcommandIsHiddenAndWatchIsListed() throws {
        let help = try BuiltTool.run(["--help"], in: folder)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("toc watch plan.toc"), "the overview lists watch: \(help.stdout)")
        XCTAssertTrue(help.stdout.contains("  watch "), "the subcommands list watch: \(help.stdout)")
        XCTAssertFalse(help.stdout.contains("render-dot"), help.stdout)
    }

    func testTheDrawingSubcommandFiltersDOTToADrawing() throws {
        let dot = folder.appendingPathComponent("in.dot")
        try "digraph { hello -> world }".write(to: dot, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = ["render-dot", "--format", "svg"]
        process.standardInput = try FileHandle(forReadingFrom: dot)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let svg = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(svg.contains("<svg") && svg.contains("world"), svg)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["in.dot"], "it writes no file")
    }
}
