import TocDiagnostics
import TocModel

/// An assumption that no link names with `assuming`.
public struct EveryAssumptionIsAttached: Rule {
    public init() {}
    public let id = "unattached-assumption"
    public let defaultSeverity = Severity.warning
    public let summary = "An assumption is not attached to any link."
    public let rationale = """
        An assumption says what must hold for one step of the theory to work, so it belongs to a link. Attached, \
        it is drawn beside that step and the checks can ask whether it is monitored.
        """
    public let example = """
        assumption staff-stay "Staff stay long enough to embed the model"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // Named under any link counts, even a link whose ends were misspelt (that is reported on its own).
        let attached = context.model.namedAssumptions
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .assumption) {
            let assumption = context.elements[vertex]
            guard !attached.contains(assumption.id) else { continue }
            findings.append(finding(
                "`\(assumption.id)` is not attached to any link", assumption.range,
                hint: "add `assuming \(assumption.id)` on an indented line under the link it qualifies"
            ))
        }
        return findings
    }
}
