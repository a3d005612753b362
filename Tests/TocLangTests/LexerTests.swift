import TocDiagnostics
@testable import TocLang
import XCTest

/// Words, arrows, punctuation, numbers, comments, line ends and the characters word processors paste in.
final class LexerTests: XCTestCase {
    // MARK: - Words and punctuation

    func testWordsMayHoldDashesDigitsUnderscoresAndLetters() {
        let tokens = Lex.tokens("activity embed-sos_2 café")
        XCTAssertEqual(tokens.map(\.kind), [.word, .word, .word])
        XCTAssertEqual(tokens.map(\.text), ["activity", "embed-sos_2", "café"])
        XCTAssertEqual(tokens[2].range, SourceRange(start: 21, end: 26), "é is two bytes")
        XCTAssertTrue(Lex.diagnostics("activity embed-sos_2 café").isEmpty)
    }

    func testArrowWithoutSpacesSplitsWords() {
        let text = "a->b-c->d"
        let tokens = Lex.tokens(text)
        XCTAssertEqual(tokens.map(\.kind), [.word, .arrow, .word, .arrow, .word])
        XCTAssertEqual(tokens.map(\.text), ["a", "->", "b-c", "->", "d"])
        XCTAssertEqual(tokens[1].range, SourceRange(start: 1, end: 3))
    }

    func testUnicodeArrowIsAnArrow() {
        let text = "a → b→c"
        let tokens = Lex.tokens(text)
        XCTAssertEqual(tokens.map(\.kind), [.word, .arrow, .word, .arrow, .word])
        XCTAssertEqual(tokens[1].text, "->")
        XCTAssertEqual(tokens[1].range, SourceRange(start: 2, end: 5), "→ is three bytes")
        XCTAssertEqual(tokens.map(\.text), ["a", "->", "b", "->", "c"])
        XCTAssertTrue(Lex.diagnostics(text).isEmpty)
    }

    func testCommasAndColonsAreTokens() {
        XCTAssertEqual(Lex.kinds("uses grant,advisors"), [.word, .word, .comma, .word])
        XCTAssertEqual(Lex.kinds("phase: design"), [.word, .colon, .word])
    }

    func testARunOfUnexpectedCharactersIsOneDiagnostic() {
        let text = "activity a {}{} b"
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertEqual(diagnostics.map(\.id), ["unexpected-character"])
        XCTAssertEqual(diagnostics[0].range, SourceRange(start: 11, end: 15))
        XCTAssertEqual(diagnostics[0].message, "`{}{}` cannot be used here")
        XCTAssertEqual(lines[0].tokens.map(\.kind), [.word, .word, .invalid, .word], "lexing carries on after it")
    }

    // MARK: - Numbers and percentages

    func testNumbers() {
        let tokens = Lex.tokens("size 300 rate 2.5")
        XCTAssertEqual(tokens.map(\.kind), [.word, .number, .word, .number])
        XCTAssertEqual(tokens[1].text, "300")
        XCTAssertEqual(tokens[3].text, "2.5")
    }

    func testPercentagesKeepTheNumberAndCoverThePercentSign() {
        let tokens = Lex.tokens("baseline 41% target 12.5%")
        XCTAssertEqual(tokens.map(\.kind), [.word, .percentage, .word, .percentage])
        XCTAssertEqual(tokens[1].text, "41")
        XCTAssertEqual(tokens[1].range, SourceRange(start: 9, end: 12))
        XCTAssertEqual(tokens[3].text, "12.5")
    }

    func testANumberGluedToAWordIsTwoTokens() {
        let tokens = Lex.tokens("expected 12months")
        XCTAssertEqual(tokens.map(\.kind), [.word, .number, .word])
        XCTAssertEqual(tokens.map(\.text), ["expected", "12", "months"])
    }

    func testATrailingDotIsNotPartOfANumber() {
        XCTAssertEqual(Lex.tokens("size 300.").map(\.text).prefix(2), ["size", "300"])
    }

    // MARK: - Comments and trivia

    func testACommentLineIsKept() {
        let (lines, _) = Lex.lines("# Lincolnshire plan\ntheory \"x\"")
        XCTAssertTrue(lines[0].tokens.isEmpty)
        XCTAssertEqual(lines[0].comment?.text, " Lincolnshire plan")
        XCTAssertEqual(lines[0].comment?.range, SourceRange(start: 0, end: 19))
        XCTAssertNil(lines[1].comment)
    }

    func testATrailingCommentIsKeptBesideTheTokens() {
        let (lines, _) = Lex.lines("  starts 2017-08   # [004:108]")
        XCTAssertEqual(lines[0].tokens.map(\.text), ["starts", "2017-08"])
        XCTAssertEqual(lines[0].comment?.text, " [004:108]")
    }

    func testAHashInsideQuotesIsText() {
        let (lines, _) = Lex.lines("input grant \"Grant #2\" # real comment")
        XCTAssertEqual(lines[0].tokens.last?.text, "Grant #2")
        XCTAssertEqual(lines[0].comment?.text, " real comment")
    }

    func testBlankLinesAreBlank() {
        let (lines, _) = Lex.lines("a\n\n   \nb")
        XCTAssertEqual(lines.map(\.isBlank), [false, true, true, false])
    }

    // MARK: - Lines, indentation, line ends

    func testLineNumbersAndIndentWidths() {
        let (lines, _) = Lex.lines("activity a\n  phase design\n    x\n")
        XCTAssertEqual(lines.map(\.number), [1, 2, 3])
        XCTAssertEqual(lines.map(\.indent), [0, 2, 4])
        XCTAssertEqual(lines[1].indentRange, SourceRange(start: 11, end: 13))
    }

    func testATabCountsAsFourColumns() {
        let (lines, _) = Lex.lines("activity a\n\tphase design")
        XCTAssertEqual(lines[1].indent, 4)
    }

    func testWindowsLineEndsAreNotPartOfTokensOrLines() {
        let text = "activity a \"A\"\r\n  phase design\r\n"
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertTrue(diagnostics.isEmpty)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].tokens.map(\.text), ["activity", "a", "A"])
        XCTAssertEqual(lines[0].range, SourceRange(start: 0, end: 14), "the line stops before \\r\\n")
        XCTAssertEqual(lines[1].tokens.last?.text, "design")
        XCTAssertEqual(lines[1].tokens.last?.range.start, text.offset(of: "design"))
        XCTAssertEqual(lines[1].indent, 2)
    }

    func testAByteOrderMarkIsSkipped() {
        let text = "\u{FEFF}theory \"x\""
        let (lines, diagnostics) = Lex.lines(text)
        XCTAssertTrue(diagnostics.isEmpty)
        XCTAssertEqual(lines[0].indent, 0)
        XCTAssertEqual(lines[0].tokens.map(\.kind), [.word, .string])
        XCTAssertEqual(lines[0].tokens[0].text, "theory")
        XCTAssertEqual(lines[0].tokens[0].range.start, 3, "offsets still count the mark's three bytes")
    }

    func testNoBreakSpacesSeparateTokensLikeSpaces() {
        let text = "uses\u{A0}grant,\u{A0}advisors"
        XCTAssertEqual(Lex.tokens(text).map(\.text), ["uses", "grant", ",", "advisors"])
        XCTAssertTrue(Lex.diagnostics(text).isEmpty)
    }

    func testNoBreakSpacesIndentLikeSpaces() {
        let (lines, diagnostics) = Lex.lines("activity a\n\u{A0}\u{A0}phase design")
        XCTAssertEqual(lines[1].indent, 2)
        XCTAssertEqual(lines[1].tokens.map(\.text), ["phase", "design"])
        XCTAssertTrue(diagnostics.isEmpty)
    }

    func testAnEmptyFileHasOneBlankLine() {
        let (lines, diagnostics) = Lex.lines("")
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].isBlank)
        XCTAssertTrue(diagnostics.isEmpty)
    }
}
