import Foundation
import TocKit
import XCTest

final class AtomicWriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testWritesANewFile() throws {
        let path = folder.appendingPathComponent("plan.svg").path
        try AtomicWriter.write("<svg/>", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "<svg/>")
        XCTAssertEqual(try contents(), ["plan.svg"], "no temporary file left behind")
    }

    func testReplacesAnExistingFile() throws {
        let path = folder.appendingPathComponent("plan.svg").path
        try "old and longer content".write(toFile: path, atomically: false, encoding: .utf8)
        try AtomicWriter.write("new", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        // Again, to catch writers that fail on every other call when the destination exists.
        try AtomicWriter.write(Array("newer".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "newer")
        try AtomicWriter.write([UInt8](), to: path)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, 0, "an empty write empties the file")
        XCTAssertEqual(try contents(), ["plan.svg"])
    }

    func testWrittenFileIsReadableByOthers() throws {
        let path = folder.appendingPathComponent("plan.pdf").path
        try AtomicWriter.write([0x25, 0x50], to: path)
        let permissions = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(permissions & 0o777, 0o644)
    }

    func testMissingFolderThrowsAndLeavesNothing() throws {
        let path = folder.appendingPathComponent("missing/plan.svg").path
        XCTAssertThrowsError(try AtomicWriter.write("x", to: path)) { error in
            guard case .writeFailed(let failedPath, let reason) = error as? TocError else {
                return XCTFail("expected .writeFailed, got \(error)")
            }
            XCTAssertEqual(failedPath, path)
            XCTAssertTrue(reason.contains("does not exist"), reason)
        }
        XCTAssertEqual(try contents(), [], "nothing created, not even the folder")
    }

    /// When the final step fails (here the destination is a folder), the temporary file is removed and what was at
    /// the destination is untouched.
    func testFailedWriteLeavesTheOriginalAndNoTemporaryFile() throws {
        let destination = folder.appendingPathComponent("plan.svg")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: false)
        let inside = destination.appendingPathComponent("keep.txt")
        try "precious".write(to: inside, atomically: false, encoding: .utf8)

        XCTAssertThrowsError(try AtomicWriter.write("new", to: destination.path)) { error in
            guard case .writeFailed(let failedPath, let reason) = error as? TocError else {
                return XCTFail("expected .writeFailed, got \(error)")
            }
            XCTAssertEqual(failedPath, destination.path)
            XCTAssertFalse(reason.isEmpty)
        }
        XCTAssertEqual(try String(contentsOf: inside, encoding: .utf8), "precious")
        XCTAssertEqual(try contents(), ["plan.svg"], "the temporary file was removed")
    }

    /// The error reads well when printed.
    func testWriteFailedDescription() {
        XCTAssertEqual(
            TocError.writeFailed(path: "out/plan.svg", reason: "the folder `out` does not exist").description,
            "cannot write `out/plan.svg`: the folder `out` does not exist"
        )
    }
}
