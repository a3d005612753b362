import TocDiagnostics
import TocLang

/// Go to definition, find references, highlight and rename: all start from the id under the cursor.
enum Navigation {
    /// Where the id at the offset is declared.
    static func definition(at offset: Int, index: PlanIndex) -> SourceRange? {
        guard let occurrence = index.occurrence(at: offset), occurrence.isID else { return nil }
        return index.definition(of: occurrence.token.text)?.token.range
    }

    /// Every use of the id at the offset, and its declaration if asked for.
    static func references(at offset: Int, index: PlanIndex, includeDeclaration: Bool) -> [PlanIndex.Occurrence] {
        guard let occurrence = index.occurrence(at: offset), occurrence.isID else { return [] }
        return index.occurrences(of: occurrence.token.text).filter { found in
            if case .definition = found.role { includeDeclaration } else { true }
        }
    }

    /// The edits that rename the id at the offset everywhere, or why it cannot be renamed.
    static func rename(at offset: Int, to newName: String, index: PlanIndex) -> Result<[FixIt], RenameRefusal> {
        guard let occurrence = index.occurrence(at: offset), occurrence.isID else { return .failure(.notAnID) }
        guard isValidID(newName) else { return .failure(.invalidName(newName)) }
        if newName != occurrence.token.text, !index.occurrences(of: newName).isEmpty { return .failure(.taken(newName)) }
        return .success(index.occurrences(of: occurrence.token.text).map { FixIt(range: $0.token.range, replacement: newName) })
    }

    enum RenameRefusal: Error, Equatable {
        case notAnID
        case invalidName(String)
        case taken(String)

        var message: String {
            switch self {
            case .notAnID: "only an id can be renamed here"
            case .invalidName(let name): "`\(name)` cannot be an id: use letters, digits, `-` and `_`, starting with a letter, and not a keyword"
            case .taken(let name): "`\(name)` is already used in this plan"
            }
        }
    }

    /// Whether a word is an id as the lexer reads one (a letter or `_` to start, then letters, digits, `-` and `_`;
    /// any non-ASCII character counts as a letter), and not a keyword, which would turn a link line into a
    /// declaration.
    static func isValidID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isStart(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || byte == UInt8(ascii: "_") || byte >= 0x80
        }
        guard let first = bytes.first, isStart(first) else { return false }
        let valid = bytes.allSatisfy { isStart($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
        return valid && DeclarationKind(rawValue: text.lowercased()) == nil
    }
}
