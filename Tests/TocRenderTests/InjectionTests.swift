import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import XCTest

/// Plans come from strangers (a bid, a tender). Whatever their text, the rendered SVG is well-formed, carries no
/// script, event handler or `javascript:` link, and shows the text as text.
final class InjectionTests: XCTestCase {
    static let hostileLabels = [
        #""]; node [shape=box"#,
        #"\N and \G and \E"#,
        "<script>alert(1)</script>",
        #""><img src=x onerror=alert(1)>"#,
        "javascript:alert(1)",
        "&amp; &lt;b&gt;",
        "bell\u{07}escape\u{1B}[31m",
        "first line\nsecond line",
        "}\ndigraph evil { x }",
        "<<b>not bold</b>>",
        "non\u{FFFF}char\u{FFFE}acters",
    ]

    /// A plan whose title, labels, descriptions and `because` texts are all hostile, and whose ids are as hostile as
    /// the language lets ids be (letters from other scripts, look-alikes of `<`, `>` and quotes).
    static var hostilePlan: String {
        let labels = hostileLabels.map(RenderFixtures.tocString)
        var lines = ["theory \(labels[2])", "  description \(labels[3])"]
        let ids = ["ａ＜script＞", "élan", "“quote”-free", "x-‹y›", "dé-jà", "ｘ\u{FFFE}ｙ"]
            .enumerated().map { "n\($0.offset)-\($0.element)" }
        for (index, label) in labels.enumerated() {
            let kind = ["input", "activity", "output", "outcome", "assumption"][index % 5]
            let id = "e\(index)" + (index < ids.count ? "-" + ids[index].replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "") : "")
            lines.append("\(kind) \(id) \(label)")
            lines.append("  description \(labels[(index + 3) % labels.count])")
            if kind == "outcome" { lines.append("  horizon immediate") }
        }
        lines.append("e1-n1-élan -> e2-n2-quote-free -> e3-n3-x-‹y›")
        lines.append("  assuming e4-n4-dé-jà")
        lines.append("  because \(labels[3])")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text as it can be shown: line breaks as spaces, without control characters or the non-characters XML forbids.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").unicodeScalars
            .filter { $0.value >= 0x20 && $0.value != 0x7F && $0.value != 0xFFFE && $0.value != 0xFFFF }
            .map(String.init).joined()
    }

    func testHostilePlanParsesAsIntended() {
        let analysis = RenderFixtures.analysis(Self.hostilePlan)
        XCTAssertEqual(analysis.model.nodes.count, Self.hostileLabels.count, "\(analysis.diagnostics.map(\.message))")
        XCTAssertEqual(analysis.model.nodes.values.map(\.label), Self.hostileLabels, "labels reach the model unchanged")
        XCTAssertEqual(analysis.model.links.count, 2, "\(analysis.diagnostics.map(\.message))")
        XCTAssertEqual(analysis.model.theory?.title, Self.hostileLabels[2])
        XCTAssertFalse(analysis.diagnostics.contains { ["unexpected-character", "bad-escape", "unterminated-string"].contains($0.id) })
    }

    func testHostilePlanRendersToSafeSVG() throws {
        let analysis = RenderFixtures.analysis(Self.hostilePlan)
        let result = try Renderer.render(analysis, format: .svg)
        let svg = String(decoding: result.bytes, as: UTF8.self)
        let document = try parseSVG(result.bytes)
        let elements = document.rootElement()?.allElements ?? []
        XCTAssertEqual(document.rootElement()?.localName, "svg")

        // No active content.
        let names = Set(elements.compactMap { $0.localName ?? $0.name })
        for forbidden in ["script", "img", "iframe", "foreignObject", "object", "embed"] {
            XCTAssertFalse(names.contains(forbidden), "a <\(forbidden)> element got through")
        }
        for element in elements {
            for attribute in element.attributes ?? [] {
                let name = (attribute.localName ?? attribute.name ?? "").lowercased()
                let value = (attribute.stringValue ?? "").lowercased()
                XCTAssertFalse(name.hasPrefix("on"), "event handler attribute \(name)=\(value)")
                if name == "href" {
                    XCTAssertFalse(value.trimmingCharacters(in: .whitespaces).hasPrefix("javascript:"), "link to \(value)")
                }
            }
        }
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("<img"))

        // Every hostile label shows as text: in the drawn text (possibly wrapped over several lines) and in tooltips.
        let drawn = document.texts.joined(separator: " ")
        for label in Self.hostileLabels {
            let visible = Self.visible(label)
            XCTAssertTrue(drawn.contains(visible), "`\(visible)` not drawn as text in \(drawn)")
        }
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(svg.contains("&amp;amp; &amp;lt;b&amp;gt;"), "an entity in the plan is shown as written")

        // `\N` and `\G` are not replaced by the node's or graph's name.
        XCTAssertTrue(drawn.contains(#"\N and \G and \E"#), drawn)
        XCTAssertFalse(drawn.contains("e1-n1-élan and"), drawn)

        // Ids come through as the element ids the SVG is styled and scripted by.
        let ids = Set(elements.compactMap { $0.attributeValue("id") })
        for node in analysis.model.nodes.values {
            XCTAssertTrue(ids.contains("node-" + Self.visible(node.id.rawValue)), "no element with id node-\(node.id)")
        }
        XCTAssertEqual(result.warnings, [])
    }

    /// Tooltips (`<title>` and `xlink:title`) carry the full text; it must come out as the plan wrote it.
    func testTooltipsShowTheTextAsWritten() throws {
        let plan = """
            theory "T"
            activity a \(RenderFixtures.tocString(#"Ask \N about <b> & "quotes" &amp; more"#))
            outcome b "B"
              horizon immediate
            a -> b
            """
        let result = try Renderer.render(RenderFixtures.analysis(plan), format: .svg)
        let document = try parseSVG(result.bytes)
        let tooltips = (document.rootElement()?.allElements ?? []).compactMap { element -> String? in
            element.attributeValue("title")
        }
        XCTAssertTrue(tooltips.contains(#"Ask \N about <b> & "quotes" &amp; more"#), "\(tooltips)")
        let texts = document.texts.joined(separator: " ")
        XCTAssertTrue(texts.contains(#"Ask \N about <b> & "quotes" &amp; more"#), texts)
    }

    /// A label of a million characters is cut in the drawing; the render still succeeds.
    func testMillionCharacterLabelRenders() throws {
        let label = String(repeating: "very long label ", count: 62_500)
        let plan = """
            theory "T"
            activity a \(RenderFixtures.tocString(label))
            outcome b "B"
              horizon immediate
            a -> b
            """
        let analysis = RenderFixtures.analysis(plan)
        let dot = Renderer.dot(analysis)
        let nodeLine = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("id=\"node-a\"") })
        let drawnLabel = try XCTUnwrap(nodeLine.components(separatedBy: "label=<").last?.components(separatedBy: ">, tooltip").first)
        XCTAssertLessThanOrEqual(drawnLabel.replacingOccurrences(of: "<br/>", with: " ").count, LabelWrapping.maximumLength)
        let start = Date()
        let result = try Renderer.render(analysis, format: .svg)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        _ = try parseSVG(result.bytes)
    }
}

import TocGraphviz

/// The language keeps punctuation out of ids, but the DOT writer takes any model: ids built through the API with
/// the hostile strings must not break out either.
final class HostileIDTests: XCTestCase {
    func testHostileIDsThroughTheModelAPIRenderToSafeSVG() throws {
        let file = SourceFile(path: "api.toc", text: "")
        var model = TheoryModel(file: file)
        let kinds: [NodeKind] = [.input, .activity, .output, .outcome, .assumption]
        var ids: [NodeID] = []
        // Also an id that would close the XML comment Graphviz writes each node's name into.
        let texts = InjectionTests.hostileLabels + ["--> <script>alert(1)</script> <!--", "]]> <![CDATA["]
        for (index, text) in texts.enumerated() {
            let id = NodeID(text + " #\(index)")
            var node = Node(id: id, kind: kinds[index % kinds.count], label: text, range: .at(0), declarationRange: .at(0))
            if node.kind == .outcome { node.horizon = .immediate }
            model.nodes[id] = node
            ids.append(id)
        }
        for (from, to) in zip(ids, ids.dropFirst()) where model[from]?.kind != .assumption && model[to]?.kind != .assumption {
            model.links.append(Link(
                from: Reference(id: from, range: .at(0)), to: Reference(id: to, range: .at(0)),
                assumptions: [Reference(id: ids[4], range: .at(0))], rationale: InjectionTests.hostileLabels[3],
                statementRange: .at(0)
            ))
        }
        let dot = DOTWriter().write(model)
        let output = try Graphviz.render(dot: dot, format: .svg)
        let document = try parseSVG(output.data)
        let elements = document.rootElement()?.allElements ?? []
        let names = Set(elements.compactMap { $0.localName ?? $0.name })
        XCTAssertFalse(names.contains("script") || names.contains("img"), "\(names)")
        for element in elements {
            for attribute in element.attributes ?? [] {
                XCTAssertFalse((attribute.localName ?? attribute.name ?? "").lowercased().hasPrefix("on"))
            }
        }
        // Every node came through as one node: one `node-…` group per element, none split or merged.
        // Empty stages show a "none" placeholder node of their own, which is not an element.
        let nodeGroups = document.elements(named: "g").filter { group in
            group.attributeValue("class") == "node"
                && !(group.allElements.first { $0.localName == "title" }?.stringValue?.hasPrefix("empty_") ?? false)
        }
        XCTAssertEqual(nodeGroups.count, ids.count, "one group per element (spine points are invisible)")
        let titles = Set(nodeGroups.compactMap { group in
            group.allElements.first { $0.localName == "title" }?.stringValue
        })
        // Node names keep backslashes and entities as written in DOT (the language allows neither in ids).
        for id in ids where !id.rawValue.contains("\\") && !id.rawValue.contains("&") {
            XCTAssertTrue(titles.contains(InjectionTests.visible(id.rawValue)), "no node named \(id)")
        }
        XCTAssertFalse(String(decoding: output.data, as: UTF8.self).contains("<script"))
        XCTAssertEqual(output.messages, [])
    }
}
