import TocDiagnostics
@testable import TocModel
import XCTest

/// Reachability and cycles over the integer graph, on models built directly (no text needed).
final class CausalGraphTests: XCTestCase {
    /// A model with the given nodes (all activities unless said) and links `"a>b"`.
    private func model(_ ids: [String], kinds: [String: NodeKind] = [:], links: [String], uses: [String: [String]] = [:]) -> TheoryModel {
        var model = TheoryModel(file: SourceFile(path: "graph.toc", text: ""))
        for id in ids {
            var node = Node(id: NodeID(id), kind: kinds[id] ?? .activity, label: id, range: .at(0), declarationRange: .at(0))
            node.uses = (uses[id] ?? []).map { Reference(id: NodeID($0), range: .at(0)) }
            model.nodes[NodeID(id)] = node
        }
        for link in links {
            let ends = link.split(separator: ">").map(String.init)
            model.links.append(Link(
                from: Reference(id: NodeID(ends[0]), range: .at(0)), to: Reference(id: NodeID(ends[1]), range: .at(0)),
                assumptions: [], rationale: nil, statementRange: .at(0)
            ))
        }
        return model
    }

    private func names(_ graph: CausalGraph, _ vertices: Set<Int>) -> Set<String> {
        Set(vertices.map { graph.ids[$0].rawValue })
    }

    /// Asserts the path is closed and follows edges of the graph.
    private func assertClosedPath(_ path: [NodeID], in graph: CausalGraph, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThanOrEqual(path.count, 2, file: file, line: line)
        XCTAssertEqual(path.first, path.last, "a cycle ends where it starts", file: file, line: line)
        for (from, to) in zip(path, path.dropFirst()) {
            XCTAssertTrue(graph.successors[graph.index[from]!].contains(graph.index[to]!), "\(from) → \(to) is not an edge", file: file, line: line)
        }
        XCTAssertEqual(Set(path.dropLast()).count, path.count - 1, "no vertex is visited twice", file: file, line: line)
    }

    // MARK: - Structure

    func testVerticesFollowDeclarationOrder() {
        let graph = CausalGraph(model(["c", "a", "b"], links: []))
        XCTAssertEqual(graph.ids, ["c", "a", "b"])
        XCTAssertEqual(graph.index["a"], 1)
    }

    func testEdgesComeFromLinksAndFromUses() {
        let graph = CausalGraph(model(
            ["grant", "train", "other", "staff"], kinds: ["grant": .input, "staff": .output],
            links: ["train>staff"], uses: ["train": ["grant", "other", "missing"]]
        ))
        XCTAssertEqual(graph.successors[graph.index["grant"]!], [graph.index["train"]!], "an input leads to the activity using it")
        XCTAssertEqual(graph.successors[graph.index["other"]!], [], "`uses` of a non-input is no edge")
        XCTAssertEqual(graph.predecessors[graph.index["staff"]!], [graph.index["train"]!])
    }

    func testLinksToUnknownIDsAreIgnored() {
        let graph = CausalGraph(model(["a"], links: ["a>ghost", "ghost>a"]))
        XCTAssertEqual(graph.successors, [[]])
    }

    // MARK: - Reachability

    func testReachableForwardsAndBackwards() {
        let graph = CausalGraph(model(["a", "b", "c", "d", "e"], links: ["a>b", "b>c", "d>c"]))
        XCTAssertEqual(names(graph, graph.reachable(from: graph.vertices(["a"]))), ["a", "b", "c"])
        XCTAssertEqual(names(graph, graph.reachable(from: graph.vertices(["c"]), backwards: true)), ["a", "b", "c", "d"])
        XCTAssertEqual(names(graph, graph.reachable(from: graph.vertices(["e"]))), ["e"], "a vertex reaches itself")
        XCTAssertEqual(graph.reachable(from: []), [])
    }

    func testReachabilityTerminatesOnCycles() {
        let graph = CausalGraph(model(["a", "b", "c"], links: ["a>b", "b>a", "b>c"]))
        XCTAssertEqual(names(graph, graph.reachable(from: graph.vertices(["a"]))), ["a", "b", "c"])
    }

    func testVerticesSkipsUnknownIDs() {
        let graph = CausalGraph(model(["a", "b"], links: []))
        XCTAssertEqual(graph.vertices(["b", "nope", "a"]), [1, 0])
    }

    // MARK: - Cycles

    func testAnAcyclicGraphHasNoCycles() {
        let graph = CausalGraph(model(["a", "b", "c", "d"], links: ["a>b", "a>c", "b>d", "c>d"]))
        XCTAssertEqual(graph.cycles(), [])
    }

    func testEachCycleIsFoundOnceWithAClosedPath() {
        let graph = CausalGraph(model(["a", "b", "c", "d", "e", "f"], links: ["a>b", "b>c", "c>a", "c>d", "d>e", "e>d", "e>f"]))
        let cycles = graph.cycles()
        XCTAssertEqual(cycles, [["a", "b", "c", "a"], ["d", "e", "d"]])
        for cycle in cycles { assertClosedPath(cycle, in: graph) }
    }

    func testCyclesAreOrderedByTheirFirstDeclaredElement() {
        let graph = CausalGraph(model(["x", "y", "p", "q"], links: ["q>p", "p>q", "y>x", "x>y"]))
        XCTAssertEqual(graph.cycles().map(\.first), ["x", "p"])
    }

    func testACycleStartsAtItsFirstDeclaredElementWhateverTheLinkOrder() {
        let graph = CausalGraph(model(["a", "b", "c"], links: ["c>a", "b>c", "a>b"]))
        XCTAssertEqual(graph.cycles(), [["a", "b", "c", "a"]])
    }

    func testASelfLoopIsACycle() {
        let graph = CausalGraph(model(["a", "b"], links: ["a>b", "b>b"]))
        XCTAssertEqual(graph.cycles(), [["b", "b"]])
    }

    func testAVertexWithoutASelfLoopIsNoCycle() {
        XCTAssertEqual(CausalGraph(model(["a"], links: [])).cycles(), [])
    }

    func testTwoLoopsThroughOneVertexAreOneComponentWithTheShortestPath() {
        let graph = CausalGraph(model(["hub", "long1", "long2", "short"], links: ["hub>long1", "long1>long2", "long2>hub", "hub>short", "short>hub"]))
        let cycles = graph.cycles()
        XCTAssertEqual(cycles.count, 1)
        XCTAssertEqual(cycles.first, ["hub", "short", "hub"])
    }

    func testTheCyclePathStaysInsideItsComponent() {
        // a → b → c → a, with a detour b → x → c where x cannot get back (so it is not in the cycle).
        let graph = CausalGraph(model(["a", "b", "x", "c"], links: ["a>b", "b>x", "x>y", "b>c", "c>a"]))
        let cycle = graph.cycles().first!
        assertClosedPath(cycle, in: graph)
        XCTAssertFalse(cycle.contains("x"))
    }

    func testStronglyConnectedComponentsPartitionTheVertices() {
        let graph = CausalGraph(model(["a", "b", "c", "d"], links: ["a>b", "b>a", "b>c", "c>d", "d>c"]))
        let components = graph.stronglyConnectedComponents()
        XCTAssertEqual(components.flatMap { $0 }.sorted(), [0, 1, 2, 3])
        XCTAssertEqual(Set(components.map { Set($0) }), [[0, 1], [2, 3]])
    }

    func testAChainOfTwentyThousandWithABackEdgeDoesNotOverflowTheStack() {
        let count = 20_000
        let ids = (0..<count).map { "n\($0)" }
        let links = (1..<count).map { "n\($0 - 1)>n\($0)" } + ["n\(count - 1)>n0"]
        let graph = CausalGraph(model(ids, links: links))
        let cycles = graph.cycles()
        XCTAssertEqual(cycles.count, 1)
        XCTAssertEqual(cycles[0].count, count + 1)
        XCTAssertEqual(cycles[0].first, "n0")
        XCTAssertEqual(cycles[0][1], "n1")
        XCTAssertEqual(cycles[0].last, "n0")
        XCTAssertEqual(graph.reachable(from: [count - 1]).count, count)
    }

    func testALongAcyclicChainHasNoCycles() {
        let count = 20_000
        let graph = CausalGraph(model((0..<count).map { "n\($0)" }, links: (1..<count).map { "n\($0 - 1)>n\($0)" }))
        XCTAssertEqual(graph.cycles(), [])
        XCTAssertEqual(graph.stronglyConnectedComponents().count, count)
    }

    // MARK: - Stages

    func testStagesFollowKindAndHorizon() {
        var outcome = Node(id: "o", kind: .outcome, label: "o", range: .at(0), declarationRange: .at(0))
        XCTAssertNil(outcome.stage, "an outcome without a horizon has no column")
        outcome.horizon = .intermediate
        XCTAssertEqual(outcome.stage, .intermediate)
        XCTAssertEqual(Node(id: "i", kind: .input, label: "", range: .at(0), declarationRange: .at(0)).stage, .inputs)
        XCTAssertNil(Node(id: "s", kind: .assumption, label: "", range: .at(0), declarationRange: .at(0)).stage)
        XCTAssertEqual(Stage.allCases.sorted(), [.inputs, .activities, .outputs, .immediate, .intermediate, .longTerm])
        for horizon in Horizon.allCases { XCTAssertEqual(Stage(horizon: horizon).horizon, horizon) }
    }
}
