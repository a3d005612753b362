import TocDiagnostics
import TocLang

/// Where the cursor stands on its line, read from the raw text (the line being typed rarely parses yet).
struct LineContext {
    /// What an indented line belongs to.
    enum Owner: Equatable {
        case declaration(DeclarationKind)
        /// The indented lines under a link statement (`assuming`, `because`).
        case link
    }

    let file: SourceFile
    /// 0-based line index.
    let line: Int
    /// Columns of leading blanks on the line.
    let indentation: Int
    /// The words before the one being typed (`["phase"]` in `  phase impl|`).
    let wordsBefore: [String]
    /// Whether the line is a link (it has an arrow before the cursor).
    let isLink: Bool
    /// Whether the cursor is inside a comment or a quoted text.
    let inCommentOrString: Bool

    init(file: SourceFile, offset: Int) {
        self.file = file
        let clamped = max(0, min(offset, file.utf8.count))
        let line = file.lineIndex(containing: clamped)
        self.line = line
        let prefix = String(decoding: file.utf8[file.lineStarts[line]..<clamped], as: UTF8.self)
        indentation = prefix.prefix { $0 == " " || $0 == "\t" }.count
        var inString = false
        var inComment = false
        for character in prefix {
            if character == "\"" || character == "\u{201C}" || character == "\u{201D}" { inString.toggle() }
            if character == "#", !inString { inComment = true }
        }
        inCommentOrString = inString || inComment
        isLink = prefix.contains("->") || prefix.contains("→")
        // The words before the cursor, without the one being typed (if the cursor is right after a letter).
        var words = prefix.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        if let last = prefix.last, last != " ", last != "\t", last != ",", !words.isEmpty { words.removeLast() }
        wordsBefore = words
    }

    /// The declaration (or link) an indented line belongs to: the nearest line above with less indentation.
    func owner() -> Owner? {
        var index = line - 1
        var limit = indentation
        while index >= 0 {
            let text = file.lineText(index + 1)
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            let lineIndentation = text.count - trimmed.count
            if trimmed.isEmpty || trimmed.hasPrefix("#") || lineIndentation >= limit {
                index -= 1
                continue
            }
            if trimmed.contains("->") || trimmed.contains("→") { return .link }
            let first = trimmed.prefix { !$0.isWhitespace && $0 != ":" }.lowercased()
            if let kind = DeclarationKind(rawValue: first) { return .declaration(kind) }
            // A detail line with less indentation than ours (we are under a nested indicator's detail?): keep looking.
            limit = lineIndentation
            index -= 1
        }
        return nil
    }
}
