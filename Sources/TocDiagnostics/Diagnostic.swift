/// One finding about a plan: a mistake in the text, an unresolved name, or a rule's concern.
///
/// Diagnostics are data. How they are shown (annotated with carets, compact for editors, JSON) is up to a
/// ``DiagnosticFormatter``.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A stable identifier, such as `unterminated-string` or `cycle`. Rule findings use the rule's id.
    public var id: String
    public var severity: Severity
    /// One sentence in plain words, saying what is wrong.
    public var message: String
    /// Where; an empty range points between two characters (something is missing there).
    public var range: SourceRange
    /// What to do about it, in plain words ("did you mean `implementation`?").
    public var hint: String?
    /// Other places that explain this one (the first definition of a duplicate id, say).
    public var notes: [Note]
    /// Mechanical fixes an editor can apply.
    public var fixIts: [FixIt]

    public init(
        id: String, severity: Severity, message: String, range: SourceRange,
        hint: String? = nil, notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
        self.notes = notes
        self.fixIts = fixIts
    }

    /// A secondary location attached to a diagnostic.
    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        public var range: SourceRange
        public init(message: String, range: SourceRange) {
            self.message = message
            self.range = range
        }
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by position, then severity (errors first), then id, so output is stable.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { lhs, rhs in
            if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            return lhs.id < rhs.id
        }
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
