import TocDiagnostics
import XCTest

/// An expected diagnostic: at a marker, with an id, and optionally a severity and words its message or hint contains.
public struct DiagnosticSpec {
    public let marker: String
    public let id: String
    public let severity: Severity?
    public let message: String?
    public let hint: String?

    public init(_ marker: String, _ id: String, severity: Severity? = nil, message: String? = nil, hint: String? = nil) {
        self.marker = marker
        self.id = id
        self.severity = severity
        self.message = message
        self.hint = hint
    }
}

/// Asserts that `diagnostics` are exactly the expected ones: same number, each expected one starting at its marker
/// with its id, severity and message words. Extra or missing diagnostics are listed in the failure.
public func assertDiagnostics(
    _ diagnostics: [Diagnostic], in source: MarkedSource, _ expected: [DiagnosticSpec],
    file: StaticString = #filePath, line: UInt = #line
) {
    let sourceFile = source.file()
    func describe(_ diagnostic: Diagnostic) -> String {
        let location = sourceFile.location(of: diagnostic.range.start)
        return "\(location.line):\(location.column) \(diagnostic.severity.rawValue)[\(diagnostic.id)] \(diagnostic.message)"
    }
    var remaining = diagnostics
    for spec in expected {
        let offset = source.offset(spec.marker)
        let index = remaining.firstIndex { diagnostic in
            diagnostic.range.start == offset && diagnostic.id == spec.id
                && (spec.severity == nil || diagnostic.severity == spec.severity)
                && (spec.message == nil || diagnostic.message.contains(spec.message!))
                && (spec.hint == nil || (diagnostic.hint ?? "").contains(spec.hint!))
        }
        if let index {
            remaining.remove(at: index)
        } else {
            let location = sourceFile.location(of: offset)
            XCTFail(
                "expected \(spec.id) at \(spec.marker) (\(location.line):\(location.column))"
                    + (spec.message.map { " saying “\($0)”" } ?? "")
                    + "; got:\n" + diagnostics.map(describe).joined(separator: "\n"),
                file: file, line: line
            )
        }
    }
    if !remaining.isEmpty {
        XCTFail("unexpected diagnostics:\n" + remaining.map(describe).joined(separator: "\n"), file: file, line: line)
    }
}
