import TocDiagnostics
@testable import TocLang
import XCTest

/// Quoted text: escapes, unterminated strings (with a fix-it that works), and curly quotes from word processors.
final class LexerStringTests: XCTestCase {
    func testAStringTokenHoldsItsTextWithoutQuotes() {
        let text = "input grant \"DfE Innovation Programme funding\""
        let token = Lex.tokens(text)[2]
        XCTAssertEqual(token.kind, .string)
        XCTAssertEqual(token.text, "DfE Innovation Programme funding")
        XCTAssertEqual(Lex.source(of: token, in: text), "\"DfE Innovation Programme funding\"", "the range covers the quotes")
    }

    func testEveryEscapeIsDecoded() {
        let text = #"description "quote \" backslash \\ newline \n tab \t dash \u{2014} smile \u{1F600}""#
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics)")
        XCTAssertEqual(lines[0].tokens[1].text, "quote \" backslash \\ newline \n tab \t dash \u{2014} smile 😀")
    }

    func testAnEscapedQuoteDoesNotEndTheString() {
        let tokens = Lex.tokens(#"a "say \"hi\"" b"#)
        XCTAssertEqual(tokens.map(\.kind), [.word, .string, .word])
        XCTAssertEqual(tokens[1].text, "say \"hi\"")
    }

    func testAnEmptyString() {
        let tokens = Lex.tokens(#"x """#)
        XCTAssertEqual(tokens[1].kind, .string)
        XCTAssertEqual(tokens[1].text, "")
    }

    func testMultiByteTextInsideQuotes() {
        XCTAssertEqual(Lex.tokens("x \"Café — 😀 ok\"")[1].text, "Café — 😀 ok")
    }

    func testABadEscapeIsReportedAndTheCharacterKept() {
        let text = #"description "a \q b""#
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertEqual(diagnostics.map(\.id), ["bad-escape"])
        XCTAssertEqual(diagnostics[0].range, SourceRange(start: text.offset(of: "\\q"), end: text.offset(of: "\\q") + 2))
        XCTAssertEqual(diagnostics[0].message, "`\\q` is not something a backslash can stand for in quoted text")
        XCTAssertEqual(lines[0].tokens[1].text, "a q b")
        XCTAssertEqual(lines[0].tokens.count, 2, "the string still ends at its closing quote")
    }

    func testABadEscapeOfAMultiByteCharacterCoversTheWholeCharacter() {
        let text = #"x "\é""#
        let diagnostic = Lex.diagnostics(text).first
        XCTAssertEqual(diagnostic?.id, "bad-escape")
        XCTAssertEqual(diagnostic?.range, SourceRange(start: 3, end: 6))
        XCTAssertEqual(Lex.tokens(text)[1].text, "é")
    }

    func testBadUnicodeEscapes() {
        for escape in [#"\u0041"#, #"\u{}"#, #"\u{zz}"#, #"\u{D800}"#, #"\u{110000}"#, #"\u{41"#, #"\u{123456789}"#] {
            let text = "x \"a\(escape) b\""
            let diagnostics = Lex.diagnostics(text)
            XCTAssertEqual(diagnostics.first?.id, "bad-escape", escape)
            XCTAssertEqual(diagnostics.first?.range.start, text.offset(of: "\\u"), escape)
        }
    }

    func testAUnicodeEscapeOfALetter() {
        XCTAssertEqual(Lex.tokens(#"x "\u{41}\u{e9}""#)[1].text, "Aé")
    }

    // MARK: - Unterminated strings

    func testAnUnterminatedStringRunsToTheEndOfItsLine() {
        let text = "input grant \"DfE funding\n  description \"x\""
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertEqual(diagnostics.map(\.id), ["unterminated-string"])
        XCTAssertEqual(diagnostics[0].range, SourceRange(start: 12, end: 24))
        XCTAssertEqual(lines[0].tokens[2].text, "DfE funding")
        XCTAssertEqual(lines[1].tokens.map(\.text), ["description", "x"], "the next line is not swallowed")
    }

    func testTheUnterminatedStringFixItClosesTheString() {
        let text = "input grant \"DfE funding   \n"
        let file = SourceFile(path: "t.toc", text: text)
        let diagnostic = Lexer.lex(file).diagnostics[0]
        let fixed = FixIt.apply(diagnostic.fixIts, to: file)
        XCTAssertEqual(fixed, "input grant \"DfE funding   \"\n")
        let relexed = Lex.lines(fixed)
        XCTAssertTrue(relexed.diagnostics.isEmpty)
        XCTAssertEqual(relexed.lines[0].tokens[2].text, "DfE funding   ")
    }

    func testTheUnterminatedStringFixItGoesBeforeAWindowsLineEnd() {
        let file = SourceFile(path: "t.toc", text: "input grant \"DfE\r\nactivity a")
        let fixed = FixIt.apply(Lexer.lex(file).diagnostics[0].fixIts, to: file)
        XCTAssertEqual(fixed, "input grant \"DfE\"\r\nactivity a")
        XCTAssertTrue(Lex.diagnostics(fixed).isEmpty)
    }

    func testTheUnterminatedStringFixItWorksWhenTheTextEndsInABackslash() {
        let file = SourceFile(path: "t.toc", text: "input grant \"C:\\")
        let diagnostics = Lexer.lex(file).diagnostics
        let unterminated = try! XCTUnwrap(diagnostics.first { $0.id == "unterminated-string" })
        let fixed = FixIt.apply(unterminated.fixIts, to: file)
        let relexed = Lex.lines(fixed)
        XCTAssertFalse(relexed.diagnostics.contains { $0.id == "unterminated-string" }, fixed)
        XCTAssertEqual(relexed.lines[0].tokens.last?.kind, .string)
    }

    // MARK: - Curly quotes

    func testCurlyQuotesAreReadAsQuotesWithAWarning() {
        let text = "input grant “DfE funding”"
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertEqual(lines[0].tokens.map(\.kind), [.word, .word, .string])
        XCTAssertEqual(lines[0].tokens[2].text, "DfE funding")
        XCTAssertEqual(diagnostics.map(\.id), ["curly-quotes"])
        XCTAssertEqual(diagnostics[0].severity, .warning)
        XCTAssertEqual(diagnostics[0].range, SourceRange(start: 12, end: text.utf8.count))
    }

    func testTheCurlyQuotesFixItWritesStraightQuotesAndEscapes() {
        let file = SourceFile(path: "t.toc", text: #"x “a \\ b” y"#)
        let fixed = FixIt.apply(Lexer.lex(file).diagnostics[0].fixIts, to: file)
        XCTAssertEqual(fixed, #"x "a \\ b" y"#)
        XCTAssertTrue(Lex.diagnostics(fixed).isEmpty)
    }

    func testAStringOpenedWithACurlyQuoteMayCloseWithAStraightOne() {
        let tokens = Lex.tokens("x “text\" y")
        XCTAssertEqual(tokens.map(\.kind), [.word, .string, .word])
        XCTAssertEqual(tokens[1].text, "text")
    }

    func testCurlyQuotesInsideStraightQuotesAreText() {
        let text = "activity a \"The “Signs of Safety” model\""
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        XCTAssertEqual(lines[0].tokens.map(\.kind), [.word, .word, .string])
        XCTAssertEqual(lines[0].tokens[2].text, "The “Signs of Safety” model")
    }

    func testAnUnterminatedCurlyStringGetsBothDiagnostics() {
        let diagnostics = Lex.diagnostics("x “never closed")
        XCTAssertEqual(Set(diagnostics.map(\.id)), ["unterminated-string", "curly-quotes"])
    }
}
