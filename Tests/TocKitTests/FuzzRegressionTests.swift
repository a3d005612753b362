import TocKit
import TocTestSupport
import XCTest

/// Every input the fuzzer (`scripts/fuzz.sh`) found a crash or a hang with, kept in `Tests/Fixtures/fuzz/`, goes
/// through every stage without crashing, with every invariant of the fuzz target holding. An input that hung now
/// finishes: the test runs them all, so a regression shows as a slow or stuck test run.
final class FuzzRegressionTests: XCTestCase {
    static let folder = "Tests/Fixtures/fuzz"

    private var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(Self.folder))) ?? []
        return names.filter { $0.hasSuffix(".toc") }.sorted()
    }

    func testTheFolderHasInputs() {
        XCTAssertFalse(inputs.isEmpty, "\(Self.folder) is empty")
    }

    func testEveryFoundInputPassesThroughEveryStage() throws {
        for name in inputs {
            let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path("\(Self.folder)/\(name)")))
            let started = Date()
            PipelineInvariants.check(String(decoding: data, as: UTF8.self), name, options: .init(formats: true, rendersSVG: true))
            // Not a timing assertion (machines vary): a bound a hang cannot meet, to name the input that regressed.
            let seconds = Date().timeIntervalSince(started)
            XCTAssertLessThan(seconds, 60, "\(name) took \(Int(seconds)) s")
        }
    }
}
