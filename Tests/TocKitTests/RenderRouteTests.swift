import Foundation
import TocKit
import XCTest

/// How `toc watch` draws a run (`RenderRoute`), and the child process runner under it (`ChildProcess`).
final class RenderRouteTests: XCTestCase {
    // MARK: - Choosing the route

    func testGraphvizFormatsAreDrawnInAChildAndDOTInProcess() {
        for format in [OutputFormat.svg, .png, .pdf] {
            XCTAssertEqual(
                RenderRoute.forWatch(format: format, executable: "/opt/toc"),
                .childProcess(executable: "/opt/toc", arguments: ["render-dot", "--format", format.rawValue])
            )
        }
        XCTAssertEqual(RenderRoute.forWatch(format: .dot, executable: "/opt/toc"), .inProcess, "DOT needs no Graphviz")
        XCTAssertEqual(RenderRoute.forWatch(format: .svg, executable: nil), .inProcess, "no executable: draw in process")
    }

    func testOwnExecutablePrefersProcSelfThenTheBundleThenArgumentZero() {
        func find(_ runnable: Set<String>, argument0: String? = "toc") -> String? {
            RenderRoute.ownExecutable(
                procSelf: "/proc/self/exe", bundle: "/usr/bin/toc", argument0: argument0, currentDirectory: "/home/me",
                isExecutable: { runnable.contains($0) }
            )
        }
        XCTAssertEqual(find(["/proc/self/exe", "/usr/bin/toc"]), "/proc/self/exe")
        XCTAssertEqual(find(["/usr/bin/toc"]), "/usr/bin/toc")
        XCTAssertEqual(find(["/home/me/.build/debug/toc"], argument0: ".build/debug/toc"), "/home/me/.build/debug/toc")
        XCTAssertNil(find([], argument0: "toc"), "a bare name is not a path to run")
        #if os(Linux)
        XCTAssertEqual(RenderRoute.ownExecutable(), "/proc/self/exe")
        #endif
    }

    // MARK: - Drawing in a child

    private func shell(_ script: String) -> RenderRoute {
        .childProcess(executable: "/bin/sh", arguments: ["-c", script])
    }

    func testTheChildGetsTheDOTAndItsOutputIsTheDrawing() throws {
        let drawing = try shell("tr a-z A-Z; echo 'toc: Graphviz warning: careful' >&2").drawInChild(dot: "digraph { a }")
        XCTAssertEqual(String(decoding: drawing.bytes, as: UTF8.self), "DIGRAPH { A }")
        XCTAssertEqual(drawing.report, "toc: Graphviz warning: careful\n")
    }

    func testAFailingChildIsReportedWithItsOwnWords() {
        XCTAssertThrowsError(try shell("cat >/dev/null; echo 'toc: error: Graphviz could not draw' >&2; exit 70").drawInChild(dot: "x")) {
            let failure = $0 as! RenderRoute.Failure
            XCTAssertEqual(failure.reason, .failed(.exited(70)))
            XCTAssertEqual(failure.report, "toc: error: Graphviz could not draw\n")
            XCTAssertEqual(failure.description, "the drawing process failed (exit status 70)")
        }
    }

    func testACrashingChildIsAFailureNotACrash() {
        XCTAssertThrowsError(try shell("kill -SEGV $$").drawInChild(dot: "x")) {
            let failure = $0 as! RenderRoute.Failure
            XCTAssertEqual(failure.reason, .failed(.signalled(SIGSEGV)))
            XCTAssertTrue(failure.description.hasPrefix("the drawing process failed (signal 11"), failure.description)
        }
    }

    func testAChildThatWritesNothingIsAFailure() {
        XCTAssertThrowsError(try shell("cat >/dev/null").drawInChild(dot: "x")) {
            XCTAssertEqual(($0 as! RenderRoute.Failure).reason, .wroteNothing)
        }
    }

    func testAMissingExecutableCannotStart() {
        let route = RenderRoute.forWatch(format: .svg, executable: "/nonexistent/toc")
        XCTAssertThrowsError(try route.drawInChild(dot: "x")) {
            let failure = $0 as! RenderRoute.Failure
            guard case .cannotStart(let reason) = failure.reason else { return XCTFail("\(failure.reason)") }
            XCTAssertTrue(reason.contains("No such file"), reason)
        }
    }

    // MARK: - The child process runner

    func testLargeInputAndOutputDoNotDeadlock() throws {
        // Several pipe buffers each way, with the child writing before it has read everything.
        let input = [UInt8](repeating: UInt8(ascii: "x"), count: 2_000_000)
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", "head -c 100000 /dev/zero >&2; cat"], input: input)
        XCTAssertEqual(outcome.termination, .exited(0))
        XCTAssertEqual(outcome.standardOutput.count, input.count)
        XCTAssertEqual(outcome.standardError.count, 100_000)
    }

    func testAChildThatIgnoresItsInputDoesNotKillTheCaller() throws {
        // Writing to a closed pipe would raise SIGPIPE in this process without MSG_NOSIGNAL.
        let input = [UInt8](repeating: 0, count: 1_000_000)
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", "exit 3"], input: input)
        XCTAssertEqual(outcome.termination, .exited(3))
    }

    func testTheChildStartsWithDefaultSignalHandlingAndLeavesNoZombie() throws {
        // The caller ignores SIGINT, as `toc watch` does; the child must still be stoppable by it.
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", "kill -INT $$; sleep 5"])
        XCTAssertEqual(outcome.termination, .signalled(SIGINT))
        // A zombie would still accept signal 0; a reaped child is gone.
        XCTAssertEqual(kill(outcome.processID, 0), -1, "the child has been reaped")
        XCTAssertEqual(errno, ESRCH)
    }

    func testSettingTheStopFlagStopsTheChild() throws {
        let stop = StopFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { stop.set() }
        let started = Date()
        XCTAssertThrowsError(try shell("sleep 30; echo late").drawInChild(dot: "", stop: stop)) {
            XCTAssertEqual(($0 as! RenderRoute.Failure).reason, .stopped)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testAStopFlagAlreadySetStopsTheChildAtOnce() throws {
        let stop = StopFlag()
        stop.set()
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", "sleep 30"], stop: stop)
        XCTAssertEqual(outcome.termination, .signalled(SIGTERM))
    }
}
