import Foundation
import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// The TextMate grammar for editors (`grammar/toc.tmLanguage.json`): every pattern compiles with ICU as well as
/// with the Oniguruma engine editors use, it knows every keyword of the schema, and it colours the examples the
/// way the parser reads them.
final class TextMateGrammarTests: XCTestCase {
    private static let grammarPath = "grammar/toc.tmLanguage.json"

    private func grammar() throws -> TextMateTokenizer {
        try TextMateTokenizer(json: Data(contentsOf: URL(fileURLWithPath: Repository.path(Self.grammarPath))))
    }

    // MARK: - The grammar file

    func testEveryPatternCompilesAndAvoidsOnigurumaOnlySyntax() throws {
        let grammar = try grammar()
        XCTAssertEqual(grammar.scopeName, "source.toc")
        XCTAssertGreaterThan(grammar.sources.count, 20)
        // Oniguruma-only: \h (hex digit), \K (keep), (?~ (absent), \g<…> (subexpression call). ICU would read them
        // differently or not at all, and then this test would not say what editors do.
        for (place, pattern) in grammar.sources {
            for construct in ["\\h", "\\H", "\\K", "(?~", "\\g<"] {
                XCTAssertFalse(pattern.contains(construct), "\(place) uses \(construct), which only Oniguruma reads")
            }
        }
        XCTAssertEqual(grammar.unresolvedIncludes, [])
    }

    func testTheVSCodeExtensionCarriesTheSameGrammar() throws {
        let source = try Data(contentsOf: URL(fileURLWithPath: Repository.path(Self.grammarPath)))
        let copy = try Data(contentsOf: URL(fileURLWithPath: Repository.path("editors/vscode/syntaxes/toc.tmLanguage.json")))
        XCTAssertEqual(source, copy, "copy grammar/toc.tmLanguage.json to editors/vscode/syntaxes/")
        let package = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repository.path("editors/vscode/package.json")))) as? [String: Any])
        let contributes = try XCTUnwrap(package["contributes"] as? [String: Any])
        let language = try XCTUnwrap((contributes["languages"] as? [[String: Any]])?.first)
        XCTAssertEqual(language["id"] as? String, "toc")
        XCTAssertEqual(language["extensions"] as? [String], [".toc"])
        let grammarEntry = try XCTUnwrap((contributes["grammars"] as? [[String: Any]])?.first)
        XCTAssertEqual(grammarEntry["scopeName"] as? String, "source.toc")
        let configuration = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repository.path("editors/vscode/language-configuration.json")))) as? [String: Any])
        XCTAssertEqual((configuration["comments"] as? [String: Any])?["lineComment"] as? String, "#")
    }

    /// Every keyword, detail name and vocabulary word the parser knows is coloured, so the grammar cannot fall behind
    /// the schema unnoticed.
    func testKnowsEveryKeywordDetailAndVocabularyWord() throws {
        let grammar = try grammar()
        for kind in DeclarationKind.allCases {
            let header = (DeclarationKind.topLevel.contains(kind) ? "" : "  ") + kind.rawValue + (kind.takesID ? " x" : "")
            XCTAssertTrue(scope(grammar, line: header, of: kind.rawValue).contains("keyword.other.element.toc"), kind.rawValue)
            for property in kind.properties {
                XCTAssertTrue(scope(grammar, line: "  \(property) x", of: property).contains("keyword.other.detail.toc"), "\(kind.rawValue) \(property)")
            }
        }
        for property in DeclarationKind.linkProperties {
            XCTAssertTrue(scope(grammar, line: "  \(property) x", of: property).contains("keyword.other.detail.toc"), property)
        }
        let vocabularies: [(String, Vocabulary)] = [
            ("phase", .phase), ("horizon", .horizon), ("kind", .theoryKind), ("involves", .involvement), ("for", .beneficiary),
            ("evidence", .evidence), ("likelihood", .level), ("impact", .level),
        ]
        for (detail, vocabulary) in vocabularies {
            for word in vocabulary.words + vocabulary.aliases.keys.sorted() {
                for spelling in [word, word.uppercased()] {
                    let scopes = scope(grammar, line: "  \(detail) \(spelling)", of: spelling)
                    XCTAssertTrue(scopes.contains { $0.hasPrefix("support.constant.") }, "\(detail) \(spelling): \(scopes)")
                }
            }
        }
    }

    func testColoursARulesBlock() throws {
        let grammar = try grammar()
        XCTAssertTrue(scope(grammar, line: "rules", of: "rules").contains("keyword.other.element.toc"))
        XCTAssertTrue(scope(grammar, line: "  skipped-stage off  # pilot", of: "skipped-stage").contains("variable.other.rule.toc"))
        XCTAssertTrue(scope(grammar, line: "  skipped-stage off  # pilot", of: "off").contains("support.constant.severity.toc"))
        XCTAssertTrue(scope(grammar, line: "  unused-input: Warning", of: "Warning").contains("support.constant.severity.toc"))
        XCTAssertTrue(scope(grammar, line: "  evidence none", of: "none").contains("support.constant.evidence.toc"))
    }

    // MARK: - Colouring the examples

    /// Chosen lines of the Lincolnshire example, coloured as a reader would expect.
    func testColoursChosenLinesOfTheLincolnshireExample() throws {
        let grammar = try grammar()
        let text = try Repository.read("examples/lincolnshire-partners-in-practice.toc")
        let lines = text.components(separatedBy: "\n")
        func line(_ prefix: String) throws -> String { try XCTUnwrap(lines.first { $0.hasPrefix(prefix) }, prefix) }
        func expect(_ line: String, _ piece: String, _ expected: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
            let scopes = scope(grammar, line: line, of: piece)
            XCTAssertTrue(scopes.contains(expected), "`\(piece)` in `\(line)`: \(scopes)", file: file, line: lineNumber)
        }
        let first = lines[0]
        expect(first, "# Lincolnshire Partners", "comment.line.number-sign.toc")

        let theory = try line("theory ")
        expect(theory, "theory", "keyword.other.element.toc")
        expect(theory, "\"Lincolnshire Partners in Practice\"", "string.quoted.double.toc")

        let starts = try line("  starts ")
        expect(starts, "starts", "keyword.other.detail.toc")
        expect(starts, "2017-08", "constant.numeric.date.toc")
        expect(starts, "# [004:108, 186]", "comment.line.number-sign.toc")

        let activity = try line("activity embed-sos")
        expect(activity, "activity", "keyword.other.element.toc")
        expect(activity, "embed-sos", "entity.name.type.toc")
        expect(activity, "\"Embed Signs of Safety", "string.quoted.double.toc")
        expect(activity, "# [004:188]", "comment.line.number-sign.toc")

        let phase = try line("  phase embedding")
        expect(phase, "embedding", "support.constant.phase.toc")
        let window = try line("  from month 1 to month 32")
        expect(window, "month", "keyword.other.month.toc")
        expect(window, "32", "constant.numeric.integer.toc")
        expect(window, "to", "keyword.other.value.toc")
        let uses = try line("  uses grant, advisors")
        expect(uses, "grant", "variable.other.id.toc")
        expect(uses, "advisors", "variable.other.id.toc")

        let baseline = try line("    baseline 10% in 2018-03 available")
        expect(baseline, "10%", "constant.numeric.percentage.toc")
        expect(baseline, "available", "keyword.other.value.toc")
        expect(baseline, "2018-03", "constant.numeric.date.toc")
        let design = try line("    design stronger comparator")
        expect(design, "stronger", "support.constant.design.toc")
        expect(design, "comparator", "keyword.other.value.toc")
        expect(design, "\"pre-intervention trend, interrupted time series\"", "string.quoted.double.toc")

        let chain = try line("future4me -> quicker-help")
        expect(chain, "future4me", "variable.other.id.toc")
        expect(chain, "quicker-help", "variable.other.id.toc")
        expect(chain, "->", "keyword.operator.arrow.toc")
        let fanIn = try line("embed-sos, workforce -> trained")
        expect(fanIn, "workforce", "variable.other.id.toc")
        expect(fanIn, ",", "punctuation.separator.comma.toc")
        let assuming = try line("  assuming side-by-side")
        expect(assuming, "assuming", "keyword.other.detail.toc")
        expect(assuming, "side-by-side", "variable.other.id.toc")
        let because = try line("  because ")
        expect(because, "because", "keyword.other.detail.toc")
        expect(because, "\"seeing young people more often", "string.quoted.double.toc")
    }

    /// Every example, line by line: what the parser reads as a keyword, an id, quoted text, a date, a number, an arrow
    /// or a comment, the grammar colours as one.
    func testColoursEveryExampleAsTheParserReadsIt() throws {
        let grammar = try grammar()
        var texts = Repository.cleanExamples.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        texts.append("a→b, c  # arrows\ninput x “curly \\u{41} quotes”\n  description \"esc \\\" \\\\ \\n # not a comment\"\n")
        for text in texts {
            let file = SourceFile(path: "example.toc", text: text)
            var painted: [Int: [[String]]] = [:]
            func scopes(_ range: SourceRange) -> [[String]] {
                let position = file.utf16Position(of: range.start)
                if painted[position.line] == nil { painted[position.line] = grammar.scopes(of: file.lineText(position.line + 1)) }
                let end = file.utf16Position(of: range.end).character
                return Array(painted[position.line]![position.character..<max(position.character, end)])
            }
            func expect(_ range: SourceRange, _ prefix: String, _ what: String) {
                let all = scopes(range)
                XCTAssertTrue(!all.isEmpty && all.allSatisfy { $0.contains { $0.hasPrefix(prefix) } },
                              "\(what) `\(file.text(in: range))` on line \(file.location(of: range.start).line): \(all.first ?? [])")
            }
            let tree = Parser.parse(file)
            XCTAssertEqual(tree.diagnostics.filter { $0.severity == .error }.count, 0)
            for lexed in Lexer.lex(file).lines {
                if let comment = lexed.comment { expect(comment.range, "comment.line.number-sign", "comment") }
                for token in lexed.tokens {
                    switch token.kind {
                    case .string: expect(token.range, "string.quoted", "quoted text")
                    case .date: expect(token.range, "constant.numeric.date", "date")
                    case .percentage: expect(token.range, "constant.numeric.percentage", "percentage")
                    case .number: expect(token.range, "constant.numeric", "number")
                    case .arrow: expect(token.range, "keyword.operator.arrow", "arrow")
                    default: break
                    }
                }
            }
            for declaration in tree.declarations {
                check(declaration, expect: expect)
            }
            for link in tree.links {
                for id in link.groups.joined() { expect(id.range, "variable.other.id", "id in a link") }
                for detail in link.details { expect(detail.name.range, "keyword.other.detail", "link detail") }
            }
        }
    }

    private func check(_ declaration: Declaration, expect: (SourceRange, String, String) -> Void) {
        expect(declaration.keyword.range, "keyword.other.element", "keyword")
        if let id = declaration.id { expect(id.range, "entity.name.type", "declared id") }
        for property in declaration.properties {
            expect(property.name.range, "keyword.other.detail", "detail name")
            let words = property.items.filter { $0.kind == .word }
            switch property.name.text {
            case "uses", "features", "contributes-to", "affects":
                for word in words { expect(word.range, "variable.other.id", "id in a list") }
            case "phase", "horizon", "kind", "involves", "for", "evidence", "likelihood", "impact", "measure", "direction", "frequency":
                for word in words { expect(word.range, "support.constant", "vocabulary word") }
            default:
                break
            }
        }
        for nested in declaration.nestedDeclarations { check(nested, expect: expect) }
    }

    // MARK: - Helpers

    /// The scopes every character of `piece` has (the first occurrence on the line).
    private func scope(_ grammar: TextMateTokenizer, line: String, of piece: String) -> [String] {
        let painted = grammar.scopes(of: line)
        let range = (line as NSString).range(of: piece)
        guard range.location != NSNotFound else { return ["<`\(piece)` not on the line>"] }
        let all = painted[range.location..<(range.location + range.length)]
        return all.first!.filter { scope in all.allSatisfy { $0.contains(scope) } }
    }
}
