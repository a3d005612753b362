import Foundation

/// The plan most sessions open: small, with one of each thing the server answers about, and one misspelt phase.
enum SessionFixture {
    static let uri = "file:///tmp/toc-lsp-tests/plan.toc"

    static let plan = """
        theory "Family Network Meetings pilot"
          kind targeted-service
          starts 2024-04
          ends 2026-03

        input grant "Innovation fund grant"

        activity meetings "Hold Family Network Meetings"
          phase implemntation
          from month 3 to month 24
          uses grant
          features strengths-based

        output meetings-held "Family Network Meetings held"
          target 120 meetings by 2025-03

        outcome safe-at-home "More children stay safely at home"
          horizon intermediate
          for children
          contributes-to reducing-risk
          indicator cpp-rate "Child protection plans per 10,000 children"
            source "Children in Need Census"

        meetings -> meetings-held -> safe-at-home

        """

    /// The protocol position (UTF-16, from 0) of the `occurrence`th appearance of `needle` in `text`, plus `offset`
    /// characters.
    static func position(of needle: String, in text: String = plan, occurrence: Int = 1, offset: Int = 0) -> [String: Any] {
        var searchFrom = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            found = text.range(of: needle, range: searchFrom..<text.endIndex)
            guard let range = found else { fatalError("`\(needle)` occurs fewer than \(occurrence) times") }
            searchFrom = range.upperBound
        }
        let start = found!.lowerBound
        let lineStart = text[..<start].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let line = text[..<start].filter { $0 == "\n" }.count
        return ["line": line, "character": text[lineStart..<start].utf16.count + offset]
    }

    static func didOpen(_ text: String = plan, uri: String = uri, version: Int = 1) -> [String: Any] {
        ["textDocument": ["uri": uri, "languageId": "toc", "version": version, "text": text]]
    }

    static func at(_ needle: String, occurrence: Int = 1, offset: Int = 0, in text: String = plan, uri: String = uri) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": position(of: needle, in: text, occurrence: occurrence, offset: offset)]
    }
}
