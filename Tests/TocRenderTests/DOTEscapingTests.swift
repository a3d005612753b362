import Foundation
import TocKit
import XCTest

/// Text from a plan cannot break out of a DOT string or an HTML-like label, nor reach Graphviz as an escape.
final class DOTEscapingTests: XCTestCase {
    /// Reads a DOT double-quoted string the way Graphviz's scanner does (only `\"` ends nothing; `\\` is kept as two
    /// characters for the later escape pass) and returns the index just after its closing quote.
    private func endOfQuotedString(_ text: String) -> String.Index? {
        var index = text.startIndex
        guard index < text.endIndex, text[index] == "\"" else { return nil }
        index = text.index(after: index)
        while index < text.endIndex {
            switch text[index] {
            case "\\":
                index = text.index(after: index)
                guard index < text.endIndex else { return nil }
                index = text.index(after: index)
            case "\"":
                return text.index(after: index)
            default:
                index = text.index(after: index)
            }
        }
        return nil
    }

    /// The quoted string is one DOT token: it ends exactly at its last character.
    private func assertOneToken(_ raw: String, file: StaticString = #filePath, line: UInt = #line) {
        let quoted = DOTEscaping.quoted(raw)
        XCTAssertEqual(endOfQuotedString(quoted), quoted.endIndex, "`\(quoted)` does not end where it should", file: file, line: line)
        XCTAssertFalse(quoted.contains("\n") || quoted.contains("\r"), file: file, line: line)
    }

    static let hostile = [
        #""]; node [shape=box"#, #"\N"#, #"\G"#, #"\"#, #"a\"#, #"\\""#, "<script>alert(1)</script>",
        #""><img src=x onerror=alert(1)>"#, "javascript:alert(1)", "&amp;", "line one\nline two\r\n",
        "bell\u{07}escape\u{1B}[31mnull\u{00}delete\u{7F}", "}\ndigraph x { a -> b }", "<<b>bold</b>>",
    ]

    func testQuotedStringsStayOneToken() {
        for text in Self.hostile {
            assertOneToken(text)
        }
    }

    func testQuotedEscapesQuotesAndBackslashes() {
        XCTAssertEqual(DOTEscaping.quoted(#""]; node [shape=box"#), #""\"]; node [shape=box""#)
        // `\N` would be the node's name and `\G` the graph's: the backslash is escaped, so they stay text.
        XCTAssertEqual(DOTEscaping.quoted(#"\N"#), #""\\N""#)
        XCTAssertEqual(DOTEscaping.quoted(#"\G"#), #""\\G""#)
        // A trailing backslash must not escape the closing quote.
        XCTAssertEqual(DOTEscaping.quoted(#"a\"#), #""a\\""#)
    }

    func testQuotedReplacesLineBreaksAndDropsControlCharacters() {
        XCTAssertEqual(DOTEscaping.quoted("line one\nline two\r\tend"), #""line one line two  end""#)
        XCTAssertEqual(DOTEscaping.quoted("a\u{07}b\u{1B}c\u{00}d\u{7F}e"), #""abcde""#)
    }

    func testQuotedLeavesHarmlessTextAlone() {
        XCTAssertEqual(DOTEscaping.quoted("javascript:alert(1)"), #""javascript:alert(1)""#)
        XCTAssertEqual(DOTEscaping.quoted("<b>&amp;</b>"), #""<b>&amp;</b>""#)
        XCTAssertEqual(DOTEscaping.quoted("Café → 家族"), #""Café → 家族""#)
    }

    func testHTMLEscapesMarkup() {
        XCTAssertEqual(DOTEscaping.html("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
        XCTAssertEqual(DOTEscaping.html(#""><img src=x onerror=alert(1)>"#), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        XCTAssertEqual(DOTEscaping.html("&amp;"), "&amp;amp;", "an entity in the plan is text, not an entity")
        XCTAssertEqual(DOTEscaping.html("it's"), "it&#39;s")
        XCTAssertEqual(DOTEscaping.html("javascript:alert(1)"), "javascript:alert(1)")
    }

    /// Inside `<…>`, no hostile text may leave a `<` or `>` that Graphviz would read as a tag, nor a raw `&`.
    func testHTMLLeavesNoMarkupCharacters() {
        for text in Self.hostile {
            let escaped = DOTEscaping.html(text)
            XCTAssertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\""), escaped)
            let ampersands = escaped.indices.filter { escaped[$0] == "&" }
            for index in ampersands {
                let rest = escaped[index...]
                XCTAssertTrue(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains { rest.hasPrefix($0) }, escaped)
            }
            XCTAssertFalse(escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, escaped)
            XCTAssertFalse(escaped.replacingOccurrences(of: "\\\\", with: "").contains("\\"), "a lone backslash in \(escaped)")
        }
    }

    /// Graphviz expands `\N` (the node's name), `\G` (the graph's) and the like even inside HTML-like labels, so the
    /// backslash is escaped there too.
    func testHTMLEscapesBackslashes() {
        XCTAssertEqual(DOTEscaping.html(#"\N \G"#), #"\\N \\G"#)
        XCTAssertEqual(DOTEscaping.html(#"a\"#), #"a\\"#)
    }

    /// Tooltips are unescaped twice by Graphviz and have their entities decoded: a backslash takes four, `&` is
    /// written `&amp;`.
    func testTooltipEscaping() {
        XCTAssertEqual(DOTEscaping.tooltip(#"\N"#), #""\\\\N""#)
        XCTAssertEqual(DOTEscaping.tooltip(#"say "hi" & &amp;"#), #""say \"hi\" &amp; &amp;amp;""#)
        XCTAssertEqual(DOTEscaping.tooltip("a\nb\u{07}"), #""a b""#)
        for text in Self.hostile {
            let quoted = DOTEscaping.tooltip(text)
            XCTAssertEqual(endOfQuotedString(quoted), quoted.endIndex, quoted)
        }
    }

    /// U+FFFE and U+FFFF are not allowed in XML: in a label Graphviz refuses the graph, in a tooltip or id the SVG
    /// is ill-formed. They are dropped, like control characters.
    func testCharactersXMLForbidsAreDropped() {
        let text = "a\u{FFFE}b\u{FFFF}c\u{FFFD}"
        XCTAssertEqual(DOTEscaping.quoted(text), "\"abc\u{FFFD}\"")
        XCTAssertEqual(DOTEscaping.tooltip(text), "\"abc\u{FFFD}\"")
        XCTAssertEqual(DOTEscaping.html(text), "abc\u{FFFD}")
    }

    func testMillionCharacterLabelIsEscapedQuickly() {
        let label = String(repeating: "<a\"\\", count: 250_000)
        let start = Date()
        let quoted = DOTEscaping.quoted(label)
        let html = DOTEscaping.html(label)
        let tooltip = DOTEscaping.tooltip(label)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(quoted.count, 2 + 250_000 * 6)
        XCTAssertEqual(html.count, 250_000 * (4 + 1 + 6 + 2))
        XCTAssertEqual(endOfQuotedString(quoted), quoted.endIndex)
        XCTAssertEqual(tooltip.count, 2 + 250_000 * (1 + 1 + 2 + 4))
    }
}
