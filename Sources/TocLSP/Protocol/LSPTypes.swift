import Foundation

// The Language Server Protocol 3.17 types toc uses, and only those, with only the fields toc reads or writes.
// Names follow the specification so that it can be read beside this file.

/// A position: a 0-based line and a 0-based character offset in the encoding agreed at initialisation (UTF-16 unless
/// the client offers UTF-8).
public struct Position: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct TextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int
    public var text: String
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    public var version: Int?
}

/// A position in a document: the params of hover, definition, completion and the like.
public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

// MARK: - Lifecycle

public struct InitializeParams: Decodable, Sendable {
    public struct ClientCapabilities: Decodable, Sendable {
        public struct General: Decodable, Sendable {
            public var positionEncodings: [String]?
        }
        public var general: General?
    }
    /// Options a client may pass; toc reads `debounceMilliseconds` (how long to wait after an edit before checking).
    public struct Options: Decodable, Sendable {
        public var debounceMilliseconds: Int?
    }
    public var capabilities: ClientCapabilities?
    public var initializationOptions: Options?
}

struct InitializeResult: Encodable {
    struct ServerInfo: Encodable {
        let name: String
        let version: String
    }
    let capabilities: ServerCapabilities
    let serverInfo: ServerInfo
}

/// What the server can do, announced in the `initialize` response.
struct ServerCapabilities: Encodable {
    struct TextDocumentSync: Encodable {
        let openClose = true
        /// 2: the client sends only the changed ranges.
        let change = 2
        let save = true
    }
    struct CompletionOptions: Encodable {
        let triggerCharacters: [String]
    }
    struct CodeActionOptions: Encodable {
        let codeActionKinds: [String]
    }
    struct RenameOptions: Encodable {
        let prepareProvider = true
    }
    let positionEncoding: String
    let textDocumentSync = TextDocumentSync()
    let hoverProvider = true
    let definitionProvider = true
    let referencesProvider = true
    let documentHighlightProvider = true
    let documentSymbolProvider = true
    let documentFormattingProvider = true
    let renameProvider = RenameOptions()
    let completionProvider = CompletionOptions(triggerCharacters: [" ", ","])
    let codeActionProvider = CodeActionOptions(codeActionKinds: ["quickfix"])
}

// MARK: - Documents

public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

public struct TextDocumentContentChangeEvent: Codable, Sendable {
    /// The range replaced; nil when `text` is the whole new document.
    public var range: LSPRange?
    public var text: String

    public init(range: LSPRange?, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

// MARK: - Diagnostics

public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public struct RelatedInformation: Codable, Hashable, Sendable {
        public var location: Location
        public var message: String
    }
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// The rule's or the problem's id (`skipped-stage`).
    public var code: String
    public var source: String
    public var message: String
    public var relatedInformation: [RelatedInformation]?
}

struct PublishDiagnosticsParams: Encodable {
    let uri: String
    let version: Int?
    let diagnostics: [LSPDiagnostic]
}

// MARK: - Language features

public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind = "markdown"
    public var value: String
}

public struct Hover: Codable, Hashable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}

public struct ReferenceParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var includeDeclaration: Bool
    }
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: Context?
}

public struct DocumentHighlight: Codable, Hashable, Sendable {
    public var range: LSPRange
    /// 2 read (a use), 3 write (the definition).
    public var kind: Int
}

public struct CompletionItem: Codable, Hashable, Sendable {
    public var label: String
    /// The protocol's CompletionItemKind: 6 variable, 10 property, 12 value, 14 keyword, 20 enum member.
    public var kind: Int
    public var detail: String?
    public var documentation: MarkupContent?
    /// Orders items within a group (keywords of the kind before others, say).
    public var sortText: String?
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}

public struct DocumentSymbol: Codable, Hashable, Sendable {
    public var name: String
    public var detail: String?
    /// The protocol's SymbolKind.
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?
}

public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
}

public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [String: [TextEdit]]
}

public struct CodeAction: Codable, Hashable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

public struct RenameParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String
}

public struct PrepareRenameResult: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var placeholder: String
}

struct ShowMessageParams: Encodable {
    /// 1 error, 2 warning, 3 info, 4 log.
    let type: Int
    let message: String
}
