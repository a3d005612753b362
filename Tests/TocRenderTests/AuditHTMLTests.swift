import TocKit
import TocTestSupport
import XCTest

/// The HTML audit: one self-contained, inert file with semantic tables, every piece of plan text escaped, and diagram
/// elements that link to their findings.
final class AuditHTMLTests: XCTestCase {
    private lazy var hostile = Analysis(file: SourceFile(path: "hostile.toc", text: HostilePlan.text))
    private lazy var hostileHTML = hostile.auditHTML().html

    // MARK: - Escaping

    func testTheEscapingFunctionEscapesEveryMarkupCharacterAndDropsControls() {
        XCTAssertEqual(HTMLEscaping.escape(#"<a href="x" title='y'>&</a>"#), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.escape("bell\u{07}\u{1B}[31m\u{85}non\u{FFFE}char\u{FFFF}"), "bell[31mnonchar")
        XCTAssertEqual(HTMLEscaping.escape("line\nbreak\ttab"), "line\nbreak\ttab")
        XCTAssertEqual(HTMLEscaping.escape("&amp;"), "&amp;amp;")
    }

    func testTheHostilePlanIsReadAsIntended() {
        // The payloads must reach the model intact, or the test below proves nothing.
        XCTAssertEqual(hostile.model.theory?.title, HostilePlan.payloads[0])
        XCTAssertEqual(hostile.model.audits.first?.now, HostilePlan.payloads[0])
        XCTAssertTrue(hostile.hasErrors)
        XCTAssertFalse(hostile.suppressed.isEmpty)
    }

    func testNothingFromAHostilePlanBecomesMarkup() {
        XCTAssertEqual(HTMLInspection.problems(in: hostileHTML), [])
        // Every payload the report shows as text (the fifth is only in descriptions, which go to the diagram's tooltips).
        for (index, payload) in HostilePlan.payloads.enumerated() where index != 5 {
            XCTAssertTrue(hostileHTML.contains(HTMLEscaping.escape(payload)), "payload not shown escaped: \(payload)")
        }
        let tags = HTMLInspection.tags(in: hostileHTML)
        let beforeDiagram = hostileHTML.components(separatedBy: "<svg").first ?? ""
        XCTAssertEqual(HTMLInspection.tags(in: beforeDiagram).filter { $0.name == "title" }.count, 1, "one title for the page")
        XCTAssertEqual(tags.filter { $0.name == "style" }.count, 1)
        XCTAssertEqual(tags.filter { $0.name == "meta" }.count, 4)
    }

    func testTheOnlyLinksAreAnchorsInThePage() {
        let tags = HTMLInspection.tags(in: hostileHTML)
        let ids = Set(tags.compactMap { $0.value(of: "id") }.map { $0.replacingOccurrences(of: "&#45;", with: "-") })
        let targets = tags.flatMap { tag in ["href", "xlink:href"].compactMap { tag.value(of: $0) } }
        XCTAssertFalse(targets.isEmpty)
        for target in targets {
            XCTAssertTrue(target.hasPrefix("#"), target)
            XCTAssertTrue(ids.contains(String(target.dropFirst())), "\(target) points at nothing")
        }
    }

    func testTheMarkdownOfAHostilePlanHasNoHTMLOrLinks() {
        let markdown = hostile.auditMarkdown(diagramFile: "hostile-diagram.svg")
        // What a Markdown renderer would read as markup: everything outside code spans (whose content it shows as text).
        let outside = Self.withoutCodeSpans(markdown)
        XCTAssertTrue(Set(HTMLInspection.tags(in: outside).map(\.name)).isSubset(of: ["br"]), "only the writer's own line breaks in table cells")
        let links = outside.components(separatedBy: "](").dropLast().filter { !$0.hasSuffix("\\") }
        XCTAssertEqual(links.count, 1, "one link: the diagram image")
        XCTAssertTrue(markdown.contains("![Diagram of the theory of change: &lt;script&gt;document.title='PWNED'&lt;/script&gt;](hostile-diagram.svg)"))
        XCTAssertTrue(markdown.contains(##"\`code\` \*bold\* \[link\](javascript:alert(1)) &lt;b&gt;x&lt;/b&gt; \| pipe \# heading"##), "plain text is escaped")
    }

    /// Markdown with its code spans (a run of backticks to the next run of the same length) removed.
    static func withoutCodeSpans(_ markdown: String) -> String {
        let characters = Array(markdown)
        var result = ""
        var index = 0
        func run(at position: Int) -> Int {
            var end = position
            while end < characters.count, characters[end] == "`" { end += 1 }
            return end - position
        }
        while index < characters.count {
            guard characters[index] == "`", index == 0 || characters[index - 1] != "\\" else {
                result.append(characters[index])
                index += 1
                continue
            }
            let length = run(at: index)
            var search = index + length
            var closed = false
            while search < characters.count {
                if characters[search] == "`" {
                    let other = run(at: search)
                    if other == length { closed = true; break }
                    search += other
                } else {
                    search += 1
                }
            }
            if closed {
                index = search + length
            } else {
                result += String(characters[index..<index + length])
                index += length
            }
        }
        return result
    }

    // MARK: - Structure

    func testTheDocumentIsSelfContainedAndDeclaresItsPolicy() {
        let html = hostileHTML
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        XCTAssertFalse(withoutNamespaces.contains("http://") || withoutNamespaces.contains("https://"), "nothing is fetched")
        XCTAssertFalse(html.contains("<?xml"), "the SVG's prolog is dropped")
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("@media print"))
    }

    func testTablesHaveCaptionsAndScopedHeaders() {
        let html = Analysis(file: SourceFile(path: "plan.toc", text: RenderFixtures.familyHelp)).auditHTML().html
        let tags = HTMLInspection.tags(in: html)
        XCTAssertEqual(tags.filter { $0.name == "table" }.count, tags.filter { $0.name == "caption" }.count)
        XCTAssertGreaterThanOrEqual(tags.filter { $0.name == "table" }.count, 6)
        for header in tags where header.name == "th" {
            XCTAssertNotNil(header.value(of: "scope"), "a header cell without scope")
        }
        XCTAssertEqual(tags.filter { $0.name == "h1" }.count, 1)
        XCTAssertTrue(html.contains("<th scope=\"col\">What happens now in your service?</th>"))
    }

    func testTheErrorBannerShowsOnlyForPlansWithErrors() {
        XCTAssertTrue(hostileHTML.contains("class=\"banner\" role=\"alert\">This plan has "))
        let clean = Analysis(file: SourceFile(path: "plan.toc", text: try! Repository.read("examples/family-safeguarding.toc")))
        XCTAssertFalse(clean.hasErrors)
        XCTAssertFalse(clean.auditHTML().html.contains("class=\"banner\""))
    }

    // MARK: - The diagram

    func testTheDiagramIsInlineLabelledAndItsElementsLinkToTheirFindings() throws {
        let analysis = Analysis(file: SourceFile(path: "plan.toc", text: """
            theory "Plan"
            input spare "Never used"
            activity a "A"
            outcome o "O"
              horizon immediate
            a -> o
            """))
        let report = analysis.auditReport
        let number = try XCTUnwrap(report.elementFindings["spare"])
        let html = analysis.auditHTML().html
        XCTAssertTrue(html.contains("<svg role=\"group\" aria-label=\"Diagram of the theory of change: Plan\" aria-describedby=\"diagram-description\""))
        XCTAssertTrue(html.contains("<title>Diagram of the theory of change: Plan</title>"))
        let group = try XCTUnwrap(html.range(of: "<g id=\"node&#45;spare\" class=\"node\">"))
        let link = try XCTUnwrap(html.range(of: "<a href=\"#finding-\(number)\" xlink:href=\"#finding-\(number)\" xlink:title="))
        XCTAssertLessThan(group.upperBound, link.lowerBound)
        XCTAssertTrue(html.contains("<li id=\"finding-\(number)\" class=\"finding warning\">"))
    }

    func testPreparingTheSVGDropsThePrologAndCommentsAndLinksOnlyKnownElements() {
        let svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Generated by graphviz -->
            <svg width="10pt" height="10pt" viewBox="0 0 10 10">
            <g id="graph0" class="graph">
            <!-- a&#45;b -->
            <g id="node&#45;a&#45;b" class="node">
            <title>a&#45;b</title>
            <g id="a_node&#45;a&#45;b"><a xlink:title="A">
            <text>A</text>
            </a>
            </g>
            </g>
            <g id="node&#45;c" class="node">
            <title>c</title>
            <g id="a_node&#45;c"><a xlink:title="C">
            <text>C</text>
            </a>
            </g>
            </g>
            </g>
            </svg>
            """
        let prepared = InlineDiagram.prepare(svg, title: "T <&>", links: ["a-b": 3])
        XCTAssertTrue(prepared.hasPrefix("<svg role=\"group\" aria-label=\"T &lt;&amp;&gt;\" width=\"10pt\""), prepared)
        XCTAssertTrue(prepared.contains("<title>T &lt;&amp;&gt;</title>"))
        XCTAssertFalse(prepared.contains("<!--"))
        XCTAssertFalse(prepared.contains("DOCTYPE"))
        XCTAssertTrue(prepared.contains("<g id=\"a_node&#45;a&#45;b\"><a href=\"#finding-3\" xlink:href=\"#finding-3\" xlink:title=\"A\">"))
        XCTAssertTrue(prepared.contains("<g id=\"a_node&#45;c\"><a xlink:title=\"C\">"), "an element without findings is not linked")
    }
}
