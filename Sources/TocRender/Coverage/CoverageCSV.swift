import TocChecks

/// A coverage report as CSV for a spreadsheet: RFC 4180 (fields quoted when needed, quotes doubled, CRLF line
/// ends), UTF-8 with a byte-order mark so that Excel reads accents and dashes rightly, and cells that a spreadsheet
/// would take for a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) prefixed with `'`.
///
/// Each section is a block: a title row, a header row, one row per item, then an empty row. With one section, the
/// output is a single table (header first), for tools that expect one.
public enum CoverageCSV {
    /// The report's sections as CSV text (BOM, CRLF line ends).
    public static func render(_ report: CoverageReport, sections: [CoverageSection] = CoverageSection.allCases) -> String {
        var rows: [[String]] = []
        for section in sections {
            if sections.count > 1 {
                if !rows.isEmpty { rows.append([]) }
                rows.append([section.title])
            }
            switch section {
            case .features: rows += features(report)
            case .outcomes: rows += outcomes(report)
            case .indicators: rows += indicators(report)
            case .stages: rows += stages(report)
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func features(_ report: CoverageReport) -> [[String]] {
        var rows = [["activity", "label"] + report.features.map(\.id) + ["features not in the framework"]]
        for activity in report.activities {
            rows.append([activity.id, activity.label] + report.features.map { activity.features.contains($0.id) ? "yes" : "" }
                + [activity.otherFeatures.joined(separator: "; ")])
        }
        return rows
    }

    private static func outcomes(_ report: CoverageReport) -> [[String]] {
        var rows = [["framework outcome", "framework outcome name", "plan outcome", "plan outcome label", "horizon", "indicators", "complete indicators"]]
        func row(_ id: String, _ name: String, _ outcome: PlanOutcome) -> [String] {
            [id, name, outcome.id, outcome.label, outcome.horizon?.rawValue ?? "", outcome.indicators.map(\.id).joined(separator: "; "),
             String(outcome.indicators.filter(\.isComplete).count)]
        }
        for item in report.frameworkOutcomes {
            if item.outcomes.isEmpty { rows.append([item.id, item.name, "", "not addressed", "", "", "0"]) }
            for outcome in item.outcomes { rows.append(row(item.id, item.name, outcome)) }
        }
        for outcome in report.unlinkedOutcomes { rows.append(row("", "", outcome)) }
        return rows
    }

    private static func indicators(_ report: CoverageReport) -> [[String]] {
        var rows = [["indicator", "label", "measures", "measures kind", "horizon", "definition", "measure", "unit", "direction", "source",
                     "method", "frequency", "owner", "baseline", "targets", "disaggregation", "design", "comparator", "complete", "missing"]]
        for row in report.indicators {
            rows.append([
                row.id, row.label, row.measures, row.measuresKind, row.horizon ?? "", row.definition ?? "", row.measure ?? "", row.unit ?? "",
                row.direction ?? "", row.source ?? "", row.method ?? "", row.frequency ?? "", row.owner ?? "", row.baseline ?? "",
                row.targets.joined(separator: "; "), row.disaggregation.joined(separator: "; "), row.design ?? "", row.comparator ?? "",
                row.isComplete ? "yes" : "no", row.missing.joined(separator: "; "),
            ])
        }
        return rows
    }

    private static func stages(_ report: CoverageReport) -> [[String]] {
        [["stage", "outcomes", "with a complete indicator", "coverage (%)"]]
            + (report.stages + [report.total]).map { stage in
                [stage.stage, String(stage.outcomes), String(stage.measured), stage.share.map { String(Int(($0 * 100).rounded())) } ?? ""]
            }
    }

    /// One field: guarded against formula injection, then quoted if it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
