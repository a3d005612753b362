import Foundation
import TocGraphviz
import XCTest

final class GraphvizErrorsTests: XCTestCase {
    func testMalformedDOTThrowsUnreadableGraphWithTheSyntaxError() {
        XCTAssertThrowsError(try Graphviz.render(dot: "digraph { a -> }", format: .svg)) { error in
            guard case .unreadableGraph(let messages) = error as? GraphvizError else {
                return XCTFail("expected .unreadableGraph, got \(error)")
            }
            XCTAssertFalse(messages.isEmpty)
            XCTAssertTrue(
                messages.contains { $0.level == .error && $0.text.contains("syntax error") },
                "no syntax error message in \(messages)"
            )
        }
    }

    func testEmptySourceThrowsUnreadableGraphWithAnExplanation() {
        XCTAssertThrowsError(try Graphviz.render(dot: "", format: .svg)) { error in
            guard case .unreadableGraph(let messages) = error as? GraphvizError else {
                return XCTFail("expected .unreadableGraph, got \(error)")
            }
            XCTAssertEqual(messages.map(\.level), [.error])
            XCTAssertFalse(messages[0].text.isEmpty)
        }
    }

    func testUnknownShapeSucceedsWithWarning() throws {
        let shape = freshName("notashape")
        let output = try Graphviz.render(dot: "digraph { node [shape=\(shape)]; a -> b }", format: .svg)

        XCTAssertEqual(output.messages.count, 1, "\(output.messages)")
        XCTAssertEqual(output.messages.first?.level, .warning)
        XCTAssertTrue(output.messages.first?.text.contains(shape) ?? false, "\(output.messages)")
        XCTAssertTrue(String(decoding: output.data, as: UTF8.self).contains("</svg>"))
    }

    func testWarningsDoNotCarryOverToTheNextRender() throws {
        let warned = try Graphviz.render(dot: "digraph { a [color=\(freshName("notacolor"))] }", format: .svg)
        XCTAssertEqual(warned.messages.map(\.level), [.warning])
        let clean = try Graphviz.render(dot: "digraph { a -> b }", format: .svg)

        XCTAssertEqual(clean.messages, [])
    }

    /// gvLayout returns 0 for a broken HTML label; the error is only visible through
    /// cgraph's error reporting.
    func testErrorReportedDuringSuccessfulLayoutCallStillThrows() {
        XCTAssertThrowsError(try Graphviz.render(dot: "digraph { a [label=<<b>unclosed>] }", format: .svg)) { error in
            guard case .layoutFailed(let messages) = error as? GraphvizError else {
                return XCTFail("expected .layoutFailed, got \(error)")
            }
            XCTAssertTrue(messages.contains { $0.level == .error && $0.text.contains("mismatched tag") }, "\(messages)")
        }
    }

    func testRendersWorkAfterFailures() throws {
        _ = try? Graphviz.render(dot: "digraph { a -> }", format: .svg)
        _ = try? Graphviz.render(dot: "digraph { a [label=<<b>unclosed>] }", format: .png)

        let output = try Graphviz.render(dot: "digraph { recovered }", format: .svg)

        XCTAssertTrue(String(decoding: output.data, as: UTF8.self).contains(">recovered</text>"))
        XCTAssertEqual(output.messages, [])
    }

    /// cgraph's lexer keeps the rest of the line buffered; a second graph must not
    /// leak into the next, unrelated render.
    func testTrailingGraphDoesNotLeakIntoTheNextRender() throws {
        _ = try Graphviz.render(dot: "digraph { first } digraph { leftover }", format: .svg)

        let svg = String(decoding: try Graphviz.render(dot: "digraph { fresh }", format: .svg).data, as: UTF8.self)

        XCTAssertTrue(svg.contains(">fresh</text>"), svg)
        XCTAssertFalse(svg.contains("leftover"), svg)
    }

    func testNothingReachesStandardError() {
        let (_, stderr) = capturingStandardError {
            _ = try? Graphviz.render(dot: "digraph { a -> }", format: .svg)
            _ = try? Graphviz.render(dot: "digraph { a [label=<<b>unclosed>] }", format: .svg)
            _ = try? Graphviz.render(dot: "digraph { node [shape=\(freshName("notashape"))]; a }", format: .pdf)
        }

        XCTAssertEqual(stderr, "")
    }

    /// Guards the stderr check above: it must see output that does go to fd 2.
    func testStandardErrorCaptureSeesWrites() {
        let (_, stderr) = capturingStandardError {
            _ = "probe\n".withCString { write(2, $0, 6) }
        }

        XCTAssertEqual(stderr, "probe\n")
    }

    func testErrorDescriptionIncludesGraphvizMessages() {
        let error = GraphvizError.renderFailed(format: .png, [GraphvizMessage(level: .error, text: "no cairo")])

        XCTAssertEqual(error.description, "Graphviz could not render the graph as png\nError: no cairo")
        XCTAssertEqual(error.messages, [GraphvizMessage(level: .error, text: "no cairo")])
        XCTAssertEqual(GraphvizError.contextUnavailable.messages, [])
    }
}

/// A DOT identifier no other render in this process has used.
///
/// Graphviz reports some warnings (unknown shape, unknown color) only the first time it
/// sees a given name in a process, so each warning test needs its own name.
private func freshName(_ stem: String) -> String {
    stem + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
}
