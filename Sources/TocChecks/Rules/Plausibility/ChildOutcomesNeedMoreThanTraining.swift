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

    static let childAndFamily: Set<Beneficiary> = [.children, .youngPeople, .careLeavers, .families, .parents]
    static let structural: Set<Involvement> = [.restructuring, .newCommissioning, .newDeliveryModel, .deregulation]

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
            if !Set(activity.involves).isDisjoint(with: ChildOutcomesNeedMoreThanTraining.structural) {
                self = .more
            } else if activity.involves == [.training] {
                self = .trainingOnly
            } else if [.planning, .design, .setUp].contains(activity.phase) {
                self = .neutral
            } else {
                self = .more
            }
        }
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let nodes = context.model.nodes.values
        let pathway = context.graph.propagate({ index -> Contribution in
            nodes[index].kind == .activity ? Contribution(nodes[index]) : .neutral
        }, combine: max)
        return context.model.nodes(of: .outcome).compactMap { outcome in
            guard !Set(outcome.beneficiaries).isDisjoint(with: Self.childAndFamily),
                  let vertex = context.graph.index[outcome.id], pathway[vertex] == .trainingOnly
            else { return nil }
            return finding(
                "`\(outcome.id)` expects change for \(Wording.list(outcome.beneficiaries.map(\.rawValue))) from training alone",
                outcome.range,
                hint: "add the structural changes that let staff use the training (caseloads, supervision, team structures), or say why conditions do not need them"
            )
        }
    }
}
