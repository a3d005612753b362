import Foundation
import TocTestSupport
import XCTest

/// End-to-end tests of `toc fmt`: rewriting in place, `--check` for CI, `--stdout`, folders, and leaving a plan with
/// syntax errors exactly as it was.
final class FormatCLITests: TemporaryFolderTestCase {
    static let messy = "input grant   “Grant”   # money\nactivity training \"Train staff\"\n    uses grant\n    phase Implementation\ntraining->grant\n"
    static let tidy = "input grant \"Grant\"  # money\n\nactivity training \"Train staff\"\n  phase implementation\n  uses grant\n\ntraining -> grant\n"
    static let broken = "activity training \"Train staff\n  phase implementation\nactivty other\n"

    @discardableResult
    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func read(_ name: String) throws -> String {
        try String(decoding: Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    private func modificationDate(_ name: String) throws -> Date {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date)
    }

    private func toc(_ arguments: String...) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments, in: folder)
    }

    func testRewritesTheFileInPlace() throws {
        try write(Self.messy, "plan.toc")
        let run = try toc("fmt", "plan.toc")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "plan.toc: formatted\n")
        XCTAssertEqual(try read("plan.toc"), Self.tidy)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [])
    }

    func testLeavesAFormattedFileUntouched() throws {
        try write(Self.tidy, "plan.toc")
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent("plan.toc").path)
        let run = try toc("fmt", "plan.toc")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "plan.toc: already formatted\n")
        XCTAssertEqual(try modificationDate("plan.toc"), old)
    }

    func testKeepsPermissions() throws {
        let path = try write(Self.messy, "plan.toc")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        XCTAssertEqual(try toc("fmt", "plan.toc").status, 0)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)
    }

    func testCheckListsFilesThatWouldChangeAndExits1() throws {
        try write(Self.messy, "messy.toc")
        try write(Self.tidy, "tidy.toc")
        let run = try toc("fmt", "--check", "messy.toc", "tidy.toc")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "messy.toc: needs formatting (run `toc fmt messy.toc`)\n")
        XCTAssertEqual(try read("messy.toc"), Self.messy, "--check must not write")
    }

    func testCheckPassesOnFormattedFiles() throws {
        try write(Self.tidy, "tidy.toc")
        let run = try toc("fmt", "--check", "tidy.toc")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "")
    }

    func testStdoutPrintsAndDoesNotWrite() throws {
        try write(Self.messy, "plan.toc")
        let run = try toc("fmt", "plan.toc", "--stdout")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, Self.tidy)
        XCTAssertEqual(try read("plan.toc"), Self.messy)
    }

    func testStandardInput() throws {
        let input = folder.appendingPathComponent("in.toc")
        try write(Self.messy, "in.toc")
        let process = Process()
        process.executableURL = BuiltTool.executable
        process.arguments = ["fmt", "-"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), Self.tidy)
    }

    func testFormatsEveryPlanInAFolder() throws {
        try write(Self.messy, "bids/a.toc")
        try write(Self.messy, "bids/late/b.toc")
        try write("not a plan", "bids/notes.txt")
        let run = try toc("fmt", "bids")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try read("bids/a.toc"), Self.tidy)
        XCTAssertEqual(try read("bids/late/b.toc"), Self.tidy)
        XCTAssertEqual(try read("bids/notes.txt"), "not a plan")
    }

    func testRefusesABrokenFileAndLeavesItByteIdentical() throws {
        let bytes = Data((Self.broken + "\r\n\t  trailing  ").utf8)
        try bytes.write(to: folder.appendingPathComponent("broken.toc"))
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent("broken.toc").path)
        let run = try toc("fmt", "broken.toc", "--color", "never")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("error[unterminated-string]"), run.stderr)
        XCTAssertTrue(run.stderr.contains("broken.toc: not formatted, because it has"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("broken.toc")), bytes)
        XCTAssertEqual(try modificationDate("broken.toc"), old)
    }

    func testABrokenFileDoesNotStopTheOthers() throws {
        try write(Self.broken, "a.toc")
        try write(Self.messy, "b.toc")
        let run = try toc("fmt", "a.toc", "b.toc")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(try read("a.toc"), Self.broken)
        XCTAssertEqual(try read("b.toc"), Self.tidy)
    }

    func testRefusesTextThatIsNotUTF8() throws {
        let bytes = Data([0x69, 0x6E, 0x70, 0x75, 0x74, 0x20, 0x61, 0x20, 0x22, 0xFF, 0xFE, 0x22, 0x0A])
        try bytes.write(to: folder.appendingPathComponent("latin.toc"))
        let run = try toc("fmt", "latin.toc")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("invalid-encoding"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("latin.toc")), bytes)
    }

    func testFollowsSymbolicLinks() throws {
        try write(Self.messy, "real.toc")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.toc").path, withDestinationPath: "real.toc")
        XCTAssertEqual(try toc("fmt", "link.toc").status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.toc").path), "real.toc")
        XCTAssertEqual(try read("real.toc"), Self.tidy)
    }

    func testMissingFileExits66() throws {
        let run = try toc("fmt", "nowhere.toc")
        XCTAssertEqual(run.status, 66)
        XCTAssertTrue(run.stderr.contains("cannot find `nowhere.toc`"), run.stderr)
    }

    func testCheckAndStdoutTogetherIsAUsageError() throws {
        try write(Self.tidy, "plan.toc")
        XCTAssertEqual(try toc("fmt", "--check", "--stdout", "plan.toc").status, 64)
    }
}
