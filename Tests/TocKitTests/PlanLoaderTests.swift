import Foundation
@testable import TocKit
import XCTest

final class PlanLoaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    private func make(_ relative: String, _ text: String = "theory \"T\"\n") throws -> String {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    // MARK: - Finding plans

    func testFolderExpansionIsRecursiveAndSorted() throws {
        for name in ["b.toc", "sub/deeper/d.toc", "a.toc", "sub/c.toc", "notes.txt", "sub/plan.toc.bak", "z/readme.md"] {
            try make(name)
        }
        let found = try PlanLoader.planPaths([folder.path])
        XCTAssertEqual(found, ["a.toc", "b.toc", "sub/c.toc", "sub/deeper/d.toc"].map { folder.appendingPathComponent($0).path })
    }

    func testFilesAreKeptAsGivenAndFoldersExpandedInPlace() throws {
        let second = try make("second.txt")  // named explicitly: kept, whatever its extension
        try make("plans/x.toc")
        let first = try make("first.toc")
        let found = try PlanLoader.planPaths([second, folder.appendingPathComponent("plans").path, first])
        XCTAssertEqual(found, [second, folder.appendingPathComponent("plans/x.toc").path, first])
    }

    func testFolderWithoutPlansThrows() throws {
        try make("notes.txt")
        try make("sub/readme.md")
        XCTAssertThrowsError(try PlanLoader.planPaths([folder.path])) { error in
            XCTAssertEqual(error as? TocError, .noPlansFound(path: folder.path))
        }
    }

    func testMissingPathThrowsFileNotFound() throws {
        let missing = folder.appendingPathComponent("nowhere.toc").path
        XCTAssertThrowsError(try PlanLoader.planPaths([missing])) { error in
            XCTAssertEqual(error as? TocError, .fileNotFound(path: missing))
        }
        XCTAssertThrowsError(try PlanLoader.load(path: missing)) { error in
            XCTAssertEqual(error as? TocError, .fileNotFound(path: missing))
        }
        XCTAssertEqual(TocError.fileNotFound(path: "a.toc").description, "cannot find `a.toc`")
    }

    // MARK: - Reading plans

    func testLoadReadsTheText() throws {
        let path = try make("plan.toc", "theory \"Café\"\n")
        let file = try PlanLoader.load(path: path)
        XCTAssertEqual(file.path, path)
        XCTAssertEqual(file.text, "theory \"Café\"\n")
        XCTAssertEqual(Analysis(file: file).diagnostics.filter { $0.id == "invalid-encoding" }, [])
    }

    func testLoadingAFolderIsUnreadable() throws {
        XCTAssertThrowsError(try PlanLoader.load(path: folder.path)) { error in
            XCTAssertEqual(error as? TocError, .unreadable(path: folder.path, reason: "it is a folder"))
        }
    }

    /// Latin-1 bytes (a plan saved by an old editor) are read with replacement characters, and Analysis says where.
    func testNonUTF8BytesGiveAnInvalidEncodingDiagnostic() throws {
        let url = folder.appendingPathComponent("latin1.toc")
        var bytes = Array("theory \"Family support\"\nactivity cafe \"Caf".utf8)
        let badOffset = bytes.count
        bytes += [0xE9]  // é in Latin-1
        bytes += Array(" drop-in\"\n".utf8)
        try Data(bytes).write(to: url)

        let file = try PlanLoader.load(path: url.path)
        XCTAssertTrue(file.text.contains("Caf\u{FFFD} drop-in"))
        let analysis = Analysis(file: file)
        let encoding = analysis.diagnostics.filter { $0.id == "invalid-encoding" }
        XCTAssertEqual(encoding.count, 1, "one finding for the file, not one per bad byte")
        let finding = try XCTUnwrap(encoding.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.range.start, badOffset)
        XCTAssertEqual(file.location(of: finding.range.start).line, 2)
        XCTAssertEqual(file.location(of: finding.range.start).column, 19)
        XCTAssertTrue(finding.hint?.contains("UTF-8") ?? false)
        XCTAssertTrue(analysis.hasErrors)
    }

    /// Other characters whose UTF-8 starts with the same byte as U+FFFD (EF) are not mistaken for it, wherever they
    /// stand, and a replacement character at the very end is found.
    func testOnlyReplacementCharactersCountAsBadEncoding() {
        func offset(_ text: String) -> Int? {
            Analysis.encodingDiagnostics(SourceFile(path: "p.toc", text: text)).first?.range.start
        }
        XCTAssertNil(offset("theory \"！ｆｕｌｌ\"\n"), "U+FF01 and U+FF46 start with EF too")
        XCTAssertNil(offset("\u{FFFC}\u{FFFE}"))
        XCTAssertEqual(offset("！\u{FFFD}"), 3)
        XCTAssertEqual(offset("ab\u{FFFD}"), 2, "at the very end")
        XCTAssertEqual(offset("\u{FFFD}"), 0)
        XCTAssertNil(offset(""))
    }

    func testOversizedFileIsRefusedBeforeReading() throws {
        let url = folder.appendingPathComponent("huge.toc")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(PlanLoader.maximumFileSize + 1))
        try handle.close()
        XCTAssertThrowsError(try PlanLoader.load(path: url.path)) { error in
            XCTAssertEqual(error as? TocError, .fileTooLarge(path: url.path, bytes: PlanLoader.maximumFileSize + 1, limit: PlanLoader.maximumFileSize))
        }
    }
}
