@testable import TocLang
import XCTest

/// The catalogue of syntax message ids is sorted, and every id in it can actually be produced.
final class SyntaxMessagesCatalogTests: XCTestCase {
    /// One source per id that produces it.
    static let triggers: [String: String] = [
        "bad-date": "theory \"T\"\n  starts 2019-13",
        "bad-escape": #"input a "\q""#,
        "colon-after-keyword": "activity a\n  phase: design",
        "curly-quotes": "input a “A”",
        "declaration-indented": "activity a\n  activity b",
        "detail-outside-element": "phase design",
        "expected-detail": "activity a\n  \"x\"",
        "expected-keyword": "300",
        "inconsistent-indentation": "activity a\n    phase design\n  uses grant",
        "label-in-link": "\"a\" -> b",
        "line-too-long": "activity a \"" + String(repeating: "x", count: 10_000) + "\"",
        "link-inside-element": "activity a\n  a -> b",
        "missing-id": "activity \"A\"",
        "missing-link-end": "a ->",
        "missing-title": "theory",
        "missing-value": "activity a\n  phase",
        "mixed-indentation": "activity a\n  phase design\n\tuses grant",
        "repeated-detail": "activity a\n  phase design\n  phase design",
        "unexpected-after-header": "activity a b",
        "unexpected-character": "activity a \"A\" {}",
        "unexpected-in-link": "a b -> c",
        "unexpected-indentation": "  activity a",
        "unknown-detail": "activity a\n  phse design",
        "unknown-keyword": "activty a",
        "unterminated-string": "input a \"A",
    ]

    func testIDsAreSortedAndUnique() {
        XCTAssertEqual(SyntaxMessages.ids, SyntaxMessages.ids.sorted())
        XCTAssertEqual(Set(SyntaxMessages.ids).count, SyntaxMessages.ids.count)
    }

    func testEveryIDIsProducedByItsTrigger() {
        XCTAssertEqual(Set(Self.triggers.keys), Set(SyntaxMessages.ids), "one trigger per catalogued id")
        for (id, text) in Self.triggers.sorted(by: { $0.key < $1.key }) {
            let produced = Parser.parse(text).diagnostics.map(\.id)
            XCTAssertTrue(produced.contains(id), "\(id): got \(produced)")
        }
    }

    func testEveryDiagnosticOfTheParserIsCatalogued() {
        let catalogue = Set(SyntaxMessages.ids)
        for text in Self.triggers.values {
            for diagnostic in Parser.parse(text).diagnostics {
                XCTAssertTrue(catalogue.contains(diagnostic.id), "\(diagnostic.id) is not in SyntaxMessages.ids")
            }
        }
    }

    func testEveryMessageHasAHintAndEndsWithoutAFullStop() {
        for text in Self.triggers.values {
            for diagnostic in Parser.parse(text).diagnostics {
                XCTAssertNotNil(diagnostic.hint, diagnostic.id)
                XCTAssertFalse(diagnostic.message.hasSuffix("."), diagnostic.message)
                XCTAssertFalse(diagnostic.message.isEmpty)
            }
        }
    }
}

extension SyntaxMessagesCatalogTests {
    /// Hints for a missing or wrong value quote an example, so every detail needs one.
    func testEveryDetailHasAnExample() {
        let names = Set(DeclarationKind.allCases.flatMap(\.properties) + DeclarationKind.linkProperties)
        for name in names.sorted() {
            XCTAssertNotNil(PropertyHelp.example(for: name), name)
            XCTAssertTrue(PropertyHelp.example(for: name)?.hasPrefix(name + " ") ?? false, name)
        }
    }
}
