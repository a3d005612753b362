import TocDiagnostics
import TocLang

/// The limits the builder enforces (``Limits``): how many elements and links a plan may have, and how long a label
/// the diagram can show. Each is reported once, with a hint.
extension ModelBuilder {
    /// Whether the element `declaration` declares may be read. Beyond ``Limits/elements`` it may not: the first such
    /// element is reported, and links to any of them are left out quietly (the limit is the problem to report).
    mutating func admitsElement(_ declaration: Declaration) -> Bool {
        guard elements.count >= Limits.elements else { return true }
        if let id = declaration.id { unreadElements.insert(NodeID(id.text)) }
        report(LimitMessages.tooManyElements(declaration.headerRange))
        return false
    }

    /// Whether one more link may be made. Beyond ``Limits/links`` none is: the first statement to reach it is reported.
    mutating func admitsLink(_ statement: LinkStatement) -> Bool {
        guard model.links.count >= Limits.links else { return true }
        report(LimitMessages.tooManyLinks(statement.range))
        return false
    }

    /// Reports a label the diagram will cut (``Limits/labelLength``).
    mutating func checkLabelLength(_ label: Token?) {
        guard let label, label.text.utf8.count > Limits.labelLength else { return }
        let length = label.text.count
        guard length > Limits.labelLength else { return }
        diagnostics.append(LimitMessages.labelTooLong(label.range, length: length))
    }

    /// Reports a limit the first time it is reached.
    private mutating func report(_ diagnostic: Diagnostic) {
        guard reachedLimits.insert(diagnostic.id).inserted else { return }
        diagnostics.append(diagnostic)
    }
}

/// Messages for plans beyond a limit. Sorted by id.
public enum LimitMessages {
    public static let ids = ["label-too-long", "too-many-elements", "too-many-links"]

    static func labelTooLong(_ range: SourceRange, length: Int) -> Diagnostic {
        Diagnostic(
            id: "label-too-long", severity: .warning,
            message: "this label is \(Limits.formatted(length)) characters long; the diagram shows only the first \(Limits.labelLength)",
            range: range,
            hint: "keep the label to a short phrase, and put the detail in an indented `description \"…\"` line"
        )
    }

    static func tooManyElements(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "too-many-elements", severity: .error,
            message: "this plan declares more than \(Limits.formatted(Limits.elements)) elements; this one and those after it are not read",
            range: range,
            hint: "split the plan into several files, one per programme or strand of work"
        )
    }

    static func tooManyLinks(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "too-many-links", severity: .error,
            message: "this plan makes more than \(Limits.formatted(Limits.links)) links; the links from here on are not made",
            range: range,
            hint: "a statement such as `a, b -> c, d` links every element on the left to every one on the right; "
                + "write the links you mean, or split the plan into several files"
        )
    }
}
