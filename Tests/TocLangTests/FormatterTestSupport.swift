import Foundation
import TocDiagnostics
@testable import TocLang
import TocTestSupport
import XCTest

/// Helpers shared by the formatter tests.
enum Fmt {
    /// The formatted text, failing the test when formatting is refused.
    static func format(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        switch PlanFormatter.format(text) {
        case .formatted(let formatted):
            return formatted
        case .refused(let errors):
            XCTFail("formatting was refused: " + errors.map { "\($0.id): \($0.message)" }.joined(separator: "; "), file: file, line: line)
            return text
        }
    }

    /// Every comment's text in a tree, in document order, as the formatter writes it (trailing spaces removed).
    static func comments(_ text: String) -> [String] {
        let tree = Parser.parse(text)
        var result: [String] = []
        func add(_ trivia: [Trivia], _ trailing: Comment?) {
            for case .comment(let comment) in trivia { result.append(CommentText.trimmedText(comment)) }
            if let trailing { result.append(CommentText.trimmedText(trailing)) }
        }
        func visit(_ declaration: Declaration) {
            add(declaration.leadingTrivia, declaration.trailingComment)
            for member in declaration.members {
                switch member {
                case .property(let property): add(property.leadingTrivia, property.trailingComment)
                case .declaration(let nested): visit(nested)
                }
            }
        }
        for item in tree.items {
            switch item {
            case .declaration(let declaration): visit(declaration)
            case .link(let link):
                add(link.leadingTrivia, link.trailingComment)
                for detail in link.details { add(detail.leadingTrivia, detail.trailingComment) }
            }
        }
        add(tree.trailingTrivia, nil)
        return result
    }

    /// The clean examples, by file name without extension.
    static var examples: [(name: String, text: String)] {
        Repository.cleanExamples.map { path in
            (((path as NSString).lastPathComponent as NSString).deletingPathExtension, (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
    }

    /// A plan written carelessly but without syntax errors: every habit the formatter tidies up.
    static let messy = [
        "",
        "",
        "# A plan written in a hurry",
        "",
        "",
        "# (and pasted from a word processor)",
        "theory: “Messy pilot”   ",
        "    ends 2021-03",
        "    kind Targeted",
        "    starts 2019-04      # start   ",
        "input b \"B\"",
        "",
        "",
        "input a \"A \\u{2014} \\\"quoted\\\" \\\\ back # not a comment\"",
        "# about c",
        "input c",
        "activity   train   \"Train\"  # header",
        "    involves TRAINING,restructuring",
        "    uses a b,,c,",
        "",
        "    # why this phase",
        "    phase Implementation",
        "    from Month 1 TO month 12",
        "output trained",
        "  target 12 Month reviews BY Month 6",
        "  target 3000 people",
        "  description \"She said “no”\"",
        "outcome o \"O\"",
        "  indicator i \"I\"",
        "     target 30% By 2020-03",
        "     baseline 41% IN 2017 Available",
        "     design Stronger Comparator \"x\"",
        "     measure PERCENT",
        "     disaggregation Age,Gender",
        "  expected By 2020",
        "  horizon Long-Term",
        "  for Staff family",
        "train->trained→o   # link",
        "  because \"b\"",
        "  assuming s",
        "",
        "",
        "",
        "o -> p",
        "assumption s \"S\"",
        "  evidence Good",
        "outcome p",
        "  horizon long-term",
        "",
        "",
        "# the end",
        "",
        "",
    ].joined(separator: "\n")
}
