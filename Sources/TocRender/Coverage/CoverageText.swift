import TocChecks

/// A coverage report as plain text for the terminal (`toc coverage plan.toc`).
public enum CoverageText {
    /// The report's sections as plain text, for the terminal.
    public static func render(_ report: CoverageReport, sections: [CoverageSection] = CoverageSection.allCases) -> String {
        var lines = ["Coverage of \"\(TextTable.plain(report.title))\"" + (report.framework.map { " against `\($0.id)` (\(TextTable.plain($0.name)))" } ?? "")]
        if report.framework == nil { lines.append("No framework could be loaded: only the indicator plan is reported.") }
        for section in sections {
            lines += ["", section.title]
            switch section {
            case .features: lines += features(report)
            case .outcomes: lines += outcomes(report)
            case .indicators: lines += indicators(report)
            case .stages: lines += stages(report)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func features(_ report: CoverageReport) -> [String] {
        guard !report.activities.isEmpty else { return ["  The plan has no activities."] }
        let numbers = report.features.indices.map { String($0 + 1) }
        var table = TextTable(["activity"] + numbers + (report.activities.contains { !$0.otherFeatures.isEmpty } ? ["not in the framework"] : []))
        for activity in report.activities {
            let marks = report.features.map { activity.features.contains($0.id) ? "✓" : "" }
            table.add([activity.id] + marks + (activity.otherFeatures.isEmpty ? [] : [activity.otherFeatures.joined(separator: ", ")]))
        }
        var lines = table.lines()
        if !report.features.isEmpty {
            lines.append("  " + report.features.enumerated().map { "\($0.offset + 1) \($0.element.id)" }.joined(separator: ", "))
        }
        let unused = report.unusedFeatures.map(\.id)
        lines.append("  " + (unused.isEmpty ? "Every practice feature is put into practice by at least one activity." : "Not put into practice by any activity: \(unused.joined(separator: ", "))"))
        return lines
    }

    private static func outcomes(_ report: CoverageReport) -> [String] {
        guard !report.frameworkOutcomes.isEmpty || !report.unlinkedOutcomes.isEmpty else { return ["  The plan has no outcomes."] }
        var table = TextTable(["framework outcome", "outcome", "horizon", "indicators"])
        table.maximumWidth = 60
        for item in report.frameworkOutcomes {
            if item.outcomes.isEmpty { table.add([item.id, "not addressed"]) }
            for (index, outcome) in item.outcomes.enumerated() { table.add([index == 0 ? item.id : ""] + row(outcome)) }
        }
        for (index, outcome) in report.unlinkedOutcomes.enumerated() { table.add([index == 0 ? "(none)" : ""] + row(outcome)) }
        var lines = table.lines()
        let suggestions = report.unaddressedOutcomes.filter { !$0.suggestedIndicators.isEmpty }
        if !suggestions.isEmpty {
            lines.append("  Indicators the framework suggests for the outcomes not addressed:")
            for item in suggestions {
                let named = item.suggestedIndicators.map { $0.name + ($0.source.map { " (\($0))" } ?? "") }
                lines.append("    \(item.id): " + named.joined(separator: "; "))
            }
        }
        return lines
    }

    private static func row(_ outcome: PlanOutcome) -> [String] {
        let indicators = outcome.indicators.map { $0.id + ($0.isComplete ? " (complete)" : " (no \($0.missing.joined(separator: ", ")))") }
        return [outcome.id, outcome.horizon?.rawValue ?? "no horizon", indicators.isEmpty ? "none" : indicators.joined(separator: "; ")]
    }

    private static func indicators(_ report: CoverageReport) -> [String] {
        guard !report.indicators.isEmpty else { return ["  The plan has no indicators."] }
        var table = TextTable(["indicator", "measures", "source", "frequency", "baseline", "targets", "complete"])
        for row in report.indicators {
            table.add([
                row.id, row.measures, row.source ?? "", row.frequency ?? "", row.baseline ?? "", row.targets.joined(separator: "; "),
                row.isComplete ? "yes" : "no " + row.missing.joined(separator: ", "),
            ])
        }
        return table.lines()
    }

    private static func stages(_ report: CoverageReport) -> [String] {
        var table = TextTable(["stage", "outcomes", "with a complete indicator", "coverage"])
        for stage in report.stages + [report.total] {
            table.add([stage.stage, String(stage.outcomes), String(stage.measured), stage.percentage])
        }
        return table.lines()
    }
}
