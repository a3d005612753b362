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
        // How many links each statement made: the swap fix-it is offered only for a statement with one link,
        // since swapping ids inside a chain or a group would change its other links too.
        var linksPerStatement: [SourceRange: Int] = [:]
        for link in context.model.links { linksPerStatement[link.statementRange, default: 0] += 1 }
        return context.model.links.filter(context.isBackward).map { link in
            let single = linksPerStatement[link.statementRange] == 1
            return finding(
                "\(context.describe(link.from.id)) leads back to \(context.describe(link.to.id))", link.range,
                hint: "links run from inputs towards long-term outcomes; reverse the link (`\(link.to.id) -> \(link.from.id)`) or check the horizons",
                fixIts: single
                    ? [FixIt(range: link.from.range, replacement: link.to.id.rawValue), FixIt(range: link.to.range, replacement: link.from.id.rawValue)]
                    : []
            )
        }
    }
}

extension CheckContext {
    /// Whether a link runs against the stage order (its target's column is left of its source's).
    public func isBackward(_ link: Link) -> Bool {
        guard let from = model.stage(of: link.from.id), let to = model.stage(of: link.to.id) else { return false }
        return to < from
    }
}
