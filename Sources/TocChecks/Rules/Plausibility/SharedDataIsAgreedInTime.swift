import TocDiagnostics
import TocModel

/// An indicator uses another agency's data without a data-sharing agreement in time for its baseline.
public struct SharedDataIsAgreedInTime: Rule {
    public init() {}
    public let id = "data-sharing-too-late"
    public let defaultSeverity = Severity.warning
    public let summary = "An indicator relies on a partner's data without a data-sharing agreement in time for its baseline."
    public let rationale = """
        Data-sharing agreements took months to reach, especially after GDPR, and evaluations lost baselines while \
        waiting. An indicator whose data a partner holds (`held-by`) needs that partner's `data-sharing` agreed \
        before the baseline is collected.
        """
    public let evidence: Evidence? = Evidence(
        """
        Data sharing agreements "took a significant amount of time to reach"; "build in sufficient time to secure DSAs as early on as possible"
        """,
        source: .round2FinalReport, lines: "858, 884"
    )
    public let example = """
        theory "Shared data"
          starts 2020-01
        input yos "Youth Offending Service"
          data-sharing expected 2020-09
        outcome less-reoffending "Fewer young people reoffend"
          horizon long-term
          indicator reoffending "Reoffending within 12 months"
            baseline collected from 2020-03
            held-by yos
        """

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let timeline = context.timeline
        return context.indicators.compactMap { indicator in
            guard let partnerID = indicator.heldBy?.id, let partner = context.model[partnerID], partner.kind == .input else { return nil }
            let needed = baselineDate(indicator, timeline)
            switch partner.dataSharing {
            case nil, .none?:
                return finding(
                    "`\(indicator.id)` uses data held by `\(partner.id)`, which has no data-sharing agreement", indicator.range,
                    hint: "add `data-sharing expected <date>` under `\(partner.id)`, early enough for the baseline; agreements took months"
                )
            case .agreed(let point)?, .expected(let point)?:
                guard let agreed = timeline.date(point), let needed, agreed > needed else { return nil }
                return finding(
                    "`\(indicator.id)` needs `\(partner.id)`'s data from \(Timeline.describe(needed)), but data sharing is only \(isAgreed(partner) ? "agreed" : "expected") from \(Timeline.describe(agreed))",
                    indicator.range,
                    hint: "secure the agreement earlier, or collect the baseline later and say what that costs the evaluation"
                )
            }
        }
    }

    /// When the baseline must be collected: its own date, else the plan's start. A baseline that holds before the
    /// plan starts (`41% in 2017`) is collected from records once the project is running, so it is needed from the
    /// plan's start, not from when it held.
    private func baselineDate(_ indicator: Indicator, _ timeline: Timeline) -> PlanDate? {
        let own: PlanDate? = switch indicator.baseline?.availability {
        case .collectedFrom(let point)?: timeline.date(point)
        default: timeline.date(indicator.baseline?.at)
        }
        guard let own else { return timeline.planStart }
        guard let start = timeline.planStart else { return own }
        return max(own, start)
    }

    private func isAgreed(_ node: Node) -> Bool {
        if case .agreed? = node.dataSharing { return true }
        return false
    }
}
