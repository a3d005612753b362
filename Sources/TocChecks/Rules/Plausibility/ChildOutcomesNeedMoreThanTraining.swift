import TocDiagnostics
import TocModel

/// Child or family outcomes reached from training alone, with no structural change.
public struct ChildOutcomesNeedMoreThanTraining: Rule {
    public init() {}
    public let id = "training-only-pathway"
    public let defaultSeverity = Severity.warning
    public let summary = "Child or family outcomes are expected from training alone, with no structural change."
    public let rationale = """
        Training staff in a new approach did not, on its own, change outcomes where caseloads, turnover and service \
        structures stood in the way (Dorset's Reflective and Intuitive Social Work was "not a plausible solution"). \
        A pathway to child or family outcomes should include the structural changes that let practitioners use what \
        they learn: caseloads, supervision, team structures, time for direct work.
        """
    public let evidence: Evidence? = Evidence(
        """
        Training "is likely to be insufficient to improve practice and outcomes when structural conditions are very challenging"
        """,
        source: .round2FinalReport, lines: "525, 539"
    )
    public let example = """
        activity train "Train social workers in reflective practice"
          involves training
        outcome confident "Social workers feel confident"
          horizon immediate
          for staff
        outcome safer "Children are safer at home"
          horizon intermediate
          for children
        train -> confident -> safer
        """

    /// What an activity contributes to a pathway, ordered so that the strongest wins when pathways join.
    enum Contribution: Int, Comparable {
        /// Preparing (planning, design, set-up) without structural change: neither training nor delivery.
        case neutral
        /// Training and nothing else.
        case trainingOnly
        /// Structural change, or delivering something other than training.
        case more

        static func < (lhs: Contribution, rhs: Contribution) -> Bool { lhs.rawValue < rhs.rawValue }

        init(_ activity: Node) {
            let involves = activity.involves
            if involves.contains(where: { $0.isStructural }) {
                self = .more
            } else if involves.count == 1, involves[0] == .training {
                self = .trainingOnly
            } else if let phase = activity.phase, phase == .planning || phase == .design || phase == .setUp {
                self = .neutral
            } else {
                self = .more
            }
        }
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let elements = context.elements
        let kinds = context.graph.kinds
        let pathway = context.graph.propagate({ vertex -> Contribution in
            kinds[vertex] == .activity ? Contribution(elements[vertex]) : .neutral
        }, combine: max)
        var findings: [Diagnostic] = []
        for vertex in context.vertices(of: .outcome) {
            let outcome = elements[vertex]
            guard outcome.beneficiaries.contains(where: { $0.isChildOrFamily }), pathway[vertex] == .trainingOnly else { continue }
            findings.append(finding(
                "`\(outcome.id)` expects change for \(Wording.list(outcome.beneficiaries.map(\.rawValue))) from training alone",
                outcome.range,
                hint: "add the structural changes that let staff use the training (caseloads, supervision, team structures), or say why conditions do not need them"
            ))
        }
        return findings
    }
}
