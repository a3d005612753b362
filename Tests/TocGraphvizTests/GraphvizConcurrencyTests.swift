import Foundation
import TocGraphviz
import XCTest

final class GraphvizConcurrencyTests: XCTestCase {
    func testConcurrentRendersAllSucceedWithTheirOwnGraph() {
        let count = 8
        let results = ResultBox(count: count)

        DispatchQueue.concurrentPerform(iterations: count) { index in
            let format = GraphvizFormat.allCases[index % GraphvizFormat.allCases.count]
            let dot = "digraph { worker\(index) -> done\(index); worker\(index) -> worker\(index) }"
            results.set(index, Result { () throws(GraphvizError) in try Graphviz.render(dot: dot, format: format) })
        }

        for (index, result) in results.all.enumerated() {
            switch result {
            case .success(let output):
                XCTAssertEqual(output.messages, [], "render \(index)")
                if index % GraphvizFormat.allCases.count == 0 {
                    let svg = String(decoding: output.data, as: UTF8.self)
                    XCTAssertTrue(svg.contains(">worker\(index)</text>"), "render \(index) lost its graph")
                } else {
                    XCTAssertFalse(output.data.isEmpty, "render \(index)")
                }
            case .failure(let error):
                XCTFail("render \(index) failed: \(error)")
            case nil:
                XCTFail("render \(index) did not run")
            }
        }
    }
}

/// Collects results from concurrent closures.
private final class ResultBox: @unchecked Sendable {  // state guarded by `lock`
    private let lock = NSLock()
    private var results: [Result<GraphvizOutput, GraphvizError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<GraphvizOutput, GraphvizError>) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
    }

    var all: [Result<GraphvizOutput, GraphvizError>?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
