import TocDiagnostics
import TocModel

/// A link runs backwards: from an outcome to an activity or input, or from a later horizon to an earlier one.
public struct NoBackwardLinks: Rule {
    public init() {}
    public let id = "backward-link"
    public let defaultSeverity = Severity.error
    public let summary = "A link runs backwards, against the order inputs → activities → outputs → outcomes."
    public let rationale = """
        Outcomes are sequenced immediate → intermediate → long-term (DfE Round 2 final report); a link from an \
        outcome back to an activity, or from a long-term outcome to an immediate one, reverses cause and effect. \
        Usually the link is written the wrong way round, or an element's horizon is wrong.
        """
    public let evidence: Evidence? = Evidence(
        """
        Prudent planning needs "a clear and above all plausible logic model or" theory of change "demonstrating realistic sequencing of planning, design, set up, implementation, and embedding activities"
        """,
        source: .round2FinalReport, lines: "824-828, 946"
    )
    public let example = """
        activity training "Train staff"
        outcome confident-staff "Staff feel confident"
          horizon immediate
        confident-staff -> training
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let links = context.model.links
        let ends = context.graph.linkEnds
        var findings: [Diagnostic] = []
        // How many links each statement made, counted only once a backward link is found (most plans have none):
        // the swap fix-it is offered only for a statement with one link, since swapping ids inside a chain or a group
        // would change its other links too.
        var linksPerStatement: [SourceRange: Int]?
        for position in links.indices {
            guard let edge = ends[position], context.isBackward(edge) else { continue }
            if linksPerStatement == nil {
                var counts: [SourceRange: Int] = [:]
                for link in links { counts[link.statementRange, default: 0] += 1 }
                linksPerStatement = counts
            }
            let link = links[position]
            let single = linksPerStatement?[link.statementRange] == 1
            findings.append(finding(
                "\(context.describe(vertex: edge.from)) leads back to \(context.describe(vertex: edge.to))", link.range,
                hint: "links run from inputs towards long-term outcomes; reverse the link (`\(link.to.id) -> \(link.from.id)`) or check the horizons",
                fixIts: single
                    ? [FixIt(range: link.from.range, replacement: link.to.id.rawValue), FixIt(range: link.to.range, replacement: link.from.id.rawValue)]
                    : []
            ))
        }
        return findings
    }
}
