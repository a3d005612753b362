import TocChecks

/// A coverage report as Markdown, for a bid, a wiki or an evaluation plan. Plan text is escaped, so it cannot add
/// markup, links or HTML of its own.
public enum CoverageMarkdown {
    /// The report's sections as a Markdown document.
    public static func render(_ report: CoverageReport, sections: [CoverageSection] = CoverageSection.allCases) -> String {
        var lines = ["# Coverage: \(MarkdownText.inline(report.title))", ""]
        if let framework = report.framework {
            lines.append("Framework: `\(framework.id)`, \(MarkdownText.inline(framework.name)).")
        } else {
            lines.append("No framework could be loaded: only the indicator plan is reported.")
        }
        for section in sections {
            lines += ["", "## \(section.title)", ""]
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
        guard !report.activities.isEmpty else { return ["The plan has no activities."] }
        let other = report.activities.contains { !$0.otherFeatures.isEmpty }
        var rows = [["Activity"] + report.features.map { "`\($0.id)`" } + (other ? ["Not in the framework"] : [])]
        for activity in report.activities {
            rows.append(["`\(activity.id)` \(MarkdownText.inline(activity.label))"] + report.features.map { activity.features.contains($0.id) ? "✓" : "" }
                + (other ? [activity.otherFeatures.map { "`\($0)`" }.joined(separator: ", ")] : []))
        }
        let unused = report.unusedFeatures.map { "`\($0.id)`" }
        return table(rows, centred: Set(1...max(1, report.features.count))) + [
            "", unused.isEmpty ? "Every practice feature is put into practice by at least one activity." : "Not put into practice by any activity: \(unused.joined(separator: ", ")).",
        ]
    }

    private static func outcomes(_ report: CoverageReport) -> [String] {
        var rows = [["Framework outcome", "Plan outcome", "Horizon", "Indicators"]]
        for item in report.frameworkOutcomes {
            let name = "`\(item.id)` \(MarkdownText.inline(item.name))"
            if item.outcomes.isEmpty {
                let suggested = item.suggestedIndicators.map { MarkdownText.inline($0.name) + ($0.source.map { " (\(MarkdownText.inline($0)))" } ?? "") }
                rows.append([name, "*not addressed*", "", suggested.isEmpty ? "" : "suggested: " + suggested.joined(separator: "; ")])
            }
            for outcome in item.outcomes { rows.append([name] + row(outcome)) }
        }
        for outcome in report.unlinkedOutcomes { rows.append(["*none*"] + row(outcome)) }
        guard rows.count > 1 else { return ["The plan has no outcomes."] }
        return table(rows)
    }

    private static func row(_ outcome: PlanOutcome) -> [String] {
        let indicators = outcome.indicators.map { "`\($0.id)` " + ($0.isComplete ? "(complete)" : "(no \($0.missing.joined(separator: ", ")))") }
        return ["`\(outcome.id)` \(MarkdownText.inline(outcome.label))", outcome.horizon?.rawValue ?? "no horizon", indicators.isEmpty ? "**none**" : indicators.joined(separator: "; ")]
    }

    private static func indicators(_ report: CoverageReport) -> [String] {
        guard !report.indicators.isEmpty else { return ["The plan has no indicators."] }
        var rows = [["Indicator", "Measures", "Definition", "Measure", "Unit", "Direction", "Source", "Method", "Frequency", "Owner",
                     "Baseline", "Targets", "Disaggregation", "Design", "Comparator", "Complete"]]
        for row in report.indicators {
            rows.append([
                "`\(row.id)` \(MarkdownText.inline(row.label))", "`\(row.measures)`", MarkdownText.inline(row.definition ?? ""), row.measure ?? "", MarkdownText.inline(row.unit ?? ""),
                row.direction ?? "", MarkdownText.inline(row.source ?? ""), MarkdownText.inline(row.method ?? ""), row.frequency ?? "", MarkdownText.inline(row.owner ?? ""),
                MarkdownText.inline(row.baseline ?? ""), MarkdownText.inline(row.targets.joined(separator: "; ")), MarkdownText.inline(row.disaggregation.joined(separator: ", ")),
                row.design ?? "", MarkdownText.inline(row.comparator ?? ""), row.isComplete ? "yes" : "no " + row.missing.joined(separator: ", "),
            ])
        }
        return table(rows)
    }

    private static func stages(_ report: CoverageReport) -> [String] {
        var rows = [["Stage", "Outcomes", "With a complete indicator", "Coverage"]]
        for stage in report.stages {
            rows.append([stage.stage, String(stage.outcomes), String(stage.measured), stage.percentage])
        }
        rows.append(["**\(report.total.stage)**", "**\(report.total.outcomes)**", "**\(report.total.measured)**", "**\(report.total.percentage)**"])
        return table(rows, right: [1, 2, 3])
    }

    private static func table(_ rows: [[String]], centred: Set<Int> = [], right: Set<Int> = []) -> [String] {
        guard let header = rows.first else { return [] }
        let rule = header.indices.map { centred.contains($0) ? ":-:" : right.contains($0) ? "--:" : "---" }
        return ([header, rule] + rows.dropFirst()).map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
