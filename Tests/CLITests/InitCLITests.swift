import Foundation
import TocTestSupport
import XCTest

/// End-to-end tests of `toc init`.
final class InitCLITests: TemporaryFolderTestCase {
    private func toc(_ arguments: String...) throws -> BuiltTool.Run {
        try BuiltTool.run(arguments, in: folder)
    }

    private static let names = ["children-in-need", "looked-after-children", "care-leavers", "domestic-abuse", "whole-system"]

    func testListNamesEachTemplateWithADescription() throws {
        let run = try toc("init", "--list")
        XCTAssertEqual(run.status, 0)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.map { String($0.split(separator: " ")[0]) }, Self.names)
        XCTAssertTrue(lines.allSatisfy { $0.split(separator: " ").count > 3 })
    }

    func testEachTemplateWritesAPlanThatPassesStrictCheckAndIsFormatted() throws {
        for name in Self.names {
            let run = try toc("init", "--template", name, "-o", "\(name).toc")
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("toc check \(name).toc"), run.stdout)
            let check = try toc("check", "--strict", "\(name).toc")
            XCTAssertEqual(check.status, 0, check.stdout)
            XCTAssertFalse(check.stdout.contains("warning[") || check.stdout.contains("error["), check.stdout)
            XCTAssertEqual(try toc("fmt", "--check", "\(name).toc").status, 0)
        }
    }

    func testWritesPlanTocByDefault() throws {
        XCTAssertEqual(try toc("init", "--template", "whole-system").status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.toc").path))
    }

    func testRefusesToOverwriteAnExistingFile() throws {
        let path = folder.appendingPathComponent("plan.toc")
        try Data("my own plan".utf8).write(to: path)
        let run = try toc("init", "--template", "care-leavers", "-o", "plan.toc")
        XCTAssertEqual(run.status, 73)
        XCTAssertTrue(run.stderr.contains("already exists"), run.stderr)
        XCTAssertEqual(try String(decoding: Data(contentsOf: path), as: UTF8.self), "my own plan")
    }

    func testPrintsWithDashOutput() throws {
        let run = try toc("init", "--template", "domestic-abuse", "-o", "-")
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("theory \"Our plan for families experiencing domestic abuse\""), run.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testUnknownTemplateIsAUsageErrorWithASuggestion() throws {
        let run = try toc("init", "--template", "care-leaver")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("care-leavers"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testMissingTemplateIsAUsageError() throws {
        let run = try toc("init")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("--list"), run.stderr)
    }
}
