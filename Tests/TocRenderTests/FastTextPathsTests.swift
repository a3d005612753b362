@testable import TocRender
import XCTest

/// The DOT escapers and the label wrapper work on UTF-8 bytes for speed. These tests hold them to the plain
/// character-by-character definitions, on random text full of the characters each one treats specially.
final class FastTextPathsTests: XCTestCase {
    private static let pieces: [String] = [
        "a", "Z", "0", " ", "  ", "\\", "\"", "&", "<", ">", "'", "\n", "\r", "\t", "\u{00}", "\u{07}", "\u{1F}", "\u{7F}",
        "\u{85}", "é", "—", "😀", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "ï¿", "word", "longerwordthanthewidthallows",
    ]

    private func randomText(_ generator: inout some RandomNumberGenerator, pieces: [String] = pieces) -> String {
        String((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }

    // The escapers as first written, one Unicode scalar at a time.

    private func plain(_ scalar: Unicode.Scalar, _ result: inout String) {
        switch scalar {
        case "\n", "\r", "\t": result += " "
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { return }
            result.unicodeScalars.append(scalar)
        }
    }

    private func reference(_ text: String, quoted: Bool, _ replacements: [Unicode.Scalar: String]) -> String {
        var result = quoted ? "\"" : ""
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] { result += replacement } else { plain(scalar, &result) }
        }
        return quoted ? result + "\"" : result
    }

    func testEscapersAgreeWithTheirCharacterByCharacterDefinitions() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = randomText(&generator)
            XCTAssertEqual(DOTEscaping.quoted(text), reference(text, quoted: true, ["\\": "\\\\", "\"": "\\\""]), text.debugDescription)
            XCTAssertEqual(
                DOTEscaping.tooltip(text), reference(text, quoted: true, ["\\": "\\\\\\\\", "\"": "\\\"", "&": "&amp;"]),
                text.debugDescription
            )
            XCTAssertEqual(
                DOTEscaping.html(text),
                reference(text, quoted: false, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\\": "\\\\"]),
                text.debugDescription
            )
        }
    }

    func testASCIIWrappingBreaksWhereCharacterWrappingDoes() {
        var generator = SystemRandomNumberGenerator()
        let ascii = ["a", "bb", "word", " ", "  ", "x-y", "longerwordthanthewidthallows", "'", "."]
        for _ in 0..<2_000 {
            let text = randomText(&generator, pieces: ascii)
            for width in [1, 5, 26] {
                XCTAssertEqual(
                    LabelWrapping.asciiLines(text, width: width), LabelWrapping.characterLines(text, width: width),
                    "\(text.debugDescription), width \(width)"
                )
            }
        }
    }
}
