import Foundation
import XCTest

/// A test case with a fresh, empty folder for each test (``folder``), removed after it.
open class TemporaryFolderTestCase: XCTestCase {
    /// This test's own folder, under the system's temporary folder.
    public private(set) var folder: URL!

    override open func setUpWithError() throws {
        try super.setUpWithError()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override open func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        try super.tearDownWithError()
    }
}
