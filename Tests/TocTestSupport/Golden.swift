import Foundation
import SnapshotTesting
import XCTest

/// Golden-file assertions for outputs we own (DOT, JSON, Markdown, HTML, diagnostics text).
///
/// Files live in `Tests/Snapshots/<name>.exp.<ext>`. A missing file is recorded and the test fails until it has been
/// reviewed and committed; `RECORD_SNAPSHOTS=1 swift test` re-records every golden file (and fails, so a re-record
/// is never mistaken for a pass).
public func assertGolden(
    _ text: String, name: String, extension pathExtension: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    var strategy = Snapshotting<String, String>.lines
    strategy.pathExtension = pathExtension
    let record: SnapshotTestingConfiguration.Record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" ? .all : .missing
    let failure = verifySnapshot(
        of: text, as: strategy, named: "exp", record: record,
        snapshotDirectory: Repository.root.appendingPathComponent("Tests/Snapshots").path,
        file: file, testName: name, line: line
    )
    if let failure {
        XCTFail(failure, file: file, line: line)
    }
}
