import Foundation
import TocTestSupport
import XCTest

/// The deliberately broken example: every mistake its comments announce is reported, at the line after the comment,
/// with nothing else, and the whole annotated output (locations, carets, hints) is a golden file.
final class BrokenExampleTests: XCTestCase {
    private let path = "examples/broken/broken-plan.toc"

    func testEveryAnnouncedMistakeIsReportedAndNothingElse() throws {
        let run = try BuiltTool.run(["check", path, "--color", "never"], in: Repository.root)
        XCTAssertEqual(run.status, 1, "a plan with errors fails the check")
        let text = try Repository.read(path)
        let lines = text.components(separatedBy: "\n")
        // Each "# Mistake:" comment announces a mistake on the next statement line.
        let announced = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("# Mistake:") }
            .map { $0 + 2 }
        let reported = run.stdout.components(separatedBy: "\n").compactMap { line -> (line: Int, severity: String, id: String)? in
            guard line.hasPrefix(path + ":") else { return nil }
            let parts = line.dropFirst(path.count + 1).split(separator: ":")
            guard let number = Int(parts[0]), let id = line.range(of: #"[a-z]+\[[a-z-]+\]"#, options: .regularExpression) else { return nil }
            let tag = line[id].split(separator: "[")
            return (number, String(tag[0]), String(tag[1].dropLast()))
        }
        // Every announced mistake is reported where it is; every error is one of them. (Rules about the plan's
        // content, such as missing indicators, may add warnings of their own.)
        let onAnnounced = reported.filter { announced.contains($0.line) }
        XCTAssertEqual(Set(onAnnounced.map(\.line)), Set(announced), "a finding on each announced line:\n\(run.stdout)")
        XCTAssertEqual(reported.filter { $0.severity == "error" }.map(\.line).filter { !announced.contains($0) }, [], run.stdout)
        XCTAssertEqual(onAnnounced.filter { $0.severity == "error" || $0.id == "mixed-indentation" }.map(\.id), [
            "bad-date", "mixed-indentation", "unknown-keyword", "unknown-value", "bad-date", "unknown-detail",
            "unterminated-string", "missing-id", "duplicate-id", "outcome-without-horizon", "undefined-reference", "cycle",
        ])
        assertGolden(run.stdout, name: "broken-plan-check", extension: "txt")
    }
}
