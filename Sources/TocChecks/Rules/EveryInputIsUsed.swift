import TocDiagnostics
import TocModel

/// An input that no activity uses.
public struct EveryInputIsUsed: Rule {
    public init() {}
    public let id = "unused-input"
    public let defaultSeverity = Severity.warning
    public let summary = "No activity uses an input."
    public let rationale = """
        Inputs are the resources the project spends: funding, staff, partners. An input no activity uses is either \
        missing from an activity's `uses` line or is not needed.
        """
    public let example = """
        input grant "DfE Innovation Programme funding"
        activity training "Train staff"
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let graph = context.graph
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .input) {
            guard !graph.successors[vertex].contains(where: { graph.kinds[$0] == .activity }) else { continue }
            let input = context.elements[vertex]
            findings.append(finding(
                "no activity uses `\(input.id)`", input.range,
                hint: "add `uses \(input.id)` under the activities it supports"
            ))
        }
        return findings
    }
}
