import TocChecks

/// The coverage matrices and the indicator plan (``CoverageReport``), as HTML tables.
extension AuditHTML {
    static func coverage(_ report: AuditReport, _ html: inout HTMLLines) {
        let coverage = report.coverage
        html.add("<section id=\"coverage\" class=\"coverage\" aria-labelledby=\"coverage-heading\">")
        html.add("<h2 id=\"coverage-heading\">Coverage and indicator plan</h2>")
        if let framework = coverage.framework {
            html.add("<p>Read against the framework \(esc(framework.name)) (<code>\(esc(framework.id))</code>). "
                + "<code>toc coverage</code> gives the same tables as text, Markdown, CSV or JSON.</p>")
        } else {
            html.add("<p>No framework could be loaded, so only the indicator plan is reported.</p>")
        }
        stages(coverage, &html)
        features(coverage, &html)
        outcomes(coverage, &html)
        indicators(coverage, &html)
        html.add("</section>")
    }

    private static func table(
        _ caption: String, headers: [String], numeric: Set<Int> = [], compact: Bool = false, rows: [[String]], _ html: inout HTMLLines
    ) {
        html.add("<div class=\"table-wrap\"><table\(compact ? " class=\"compact\"" : "")>")
        html.add("<caption>\(esc(caption))</caption>")
        html.add("<thead><tr>" + headers.enumerated().map { index, header in
            "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(header)</th>"
        }.joined() + "</tr></thead>")
        html.add("<tbody>")
        for row in rows {
            html.add("<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td\(numeric.contains(index) ? " class=\"num\"" : "")>\(cell)</td>"
            }.joined() + "</tr>")
        }
        html.add("</tbody>")
        html.add("</table></div>")
    }

    private static func named(_ id: String, _ label: String) -> String {
        "\(esc(label)) <code>\(esc(id))</code>"
    }

    private static func stages(_ coverage: CoverageReport, _ html: inout HTMLLines) {
        html.add("<h3>Coverage by stage</h3>")
        let rows = (coverage.stages + [coverage.total]).map { stage in
            [esc(stage.stage), String(stage.outcomes), String(stage.measured), esc(stage.percentage)]
        }
        table("Outcomes with a complete indicator (a source, frequency, baseline and target), by stage",
              headers: ["Stage", "Outcomes", "With a complete indicator", "Coverage"], numeric: [1, 2, 3], compact: true, rows: rows, &html)
    }

    private static func features(_ coverage: CoverageReport, _ html: inout HTMLLines) {
        html.add("<h3>Practice features by activity</h3>")
        guard !coverage.activities.isEmpty else {
            html.add("<p>The plan has no activities.</p>")
            return
        }
        let other = coverage.activities.contains { !$0.otherFeatures.isEmpty }
        let headers = ["Activity"] + coverage.features.map { "<abbr title=\"\(esc($0.name))\"><code>\(esc($0.id))</code></abbr>" }
            + (other ? ["Not in the framework"] : [])
        let rows = coverage.activities.map { activity in
            [named(activity.id, activity.label)]
                + coverage.features.map { activity.features.contains($0.id) ? "✓" : "" }
                + (other ? [activity.otherFeatures.map { "<code>\(esc($0))</code>" }.joined(separator: ", ")] : [])
        }
        html.add("<div class=\"table-wrap\"><table>")
        html.add("<caption>Which activities put each practice feature into practice (✓)</caption>")
        html.add("<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>")
        html.add("<tbody>")
        for row in rows {
            html.add("<tr><th scope=\"row\">\(row[0])</th>" + row.dropFirst().enumerated().map { index, cell in
                index < coverage.features.count ? "<td class=\"mark\">\(cell)</td>" : "<td>\(cell)</td>"
            }.joined() + "</tr>")
        }
        html.add("</tbody>")
        html.add("</table></div>")
        let unused = coverage.unusedFeatures
        html.add(unused.isEmpty ? "<p>Every practice feature is put into practice by at least one activity.</p>"
            : "<p>Not put into practice by any activity: " + unused.map { "\(esc($0.name)) (<code>\(esc($0.id))</code>)" }.joined(separator: ", ") + ".</p>")
    }

    private static func outcomes(_ coverage: CoverageReport, _ html: inout HTMLLines) {
        html.add("<h3>Framework outcomes</h3>")
        var rows: [[String]] = []
        for item in coverage.frameworkOutcomes {
            let name = named(item.id, item.name)
            if item.outcomes.isEmpty {
                let suggested = item.suggestedIndicators.map { esc($0.name) + ($0.source.map { " (\(esc($0)))" } ?? "") }
                rows.append([name, "<span class=\"missing\">not addressed</span>", "",
                             suggested.isEmpty ? "" : "Suggested: " + suggested.joined(separator: "; ")])
            }
            for outcome in item.outcomes { rows.append([name] + row(outcome)) }
        }
        for outcome in coverage.unlinkedOutcomes { rows.append(["<span class=\"missing\">none</span>"] + row(outcome)) }
        guard !rows.isEmpty else {
            html.add("<p>The plan has no outcomes.</p>")
            return
        }
        table("The framework's outcomes, the plan's outcomes that contribute to each, and their indicators",
              headers: ["Framework outcome", "Plan outcome", "Horizon", "Indicators"], rows: rows, &html)
    }

    private static func row(_ outcome: PlanOutcome) -> [String] {
        let indicators = outcome.indicators.map { indicator in
            "<code>\(esc(indicator.id))</code> " + (indicator.isComplete ? "(complete)" : "(no \(esc(indicator.missing.joined(separator: ", "))))")
        }
        return [named(outcome.id, outcome.label), esc(outcome.horizon?.rawValue ?? "no horizon"),
                indicators.isEmpty ? "<strong>none</strong>" : indicators.joined(separator: "<br>")]
    }

    private static func indicators(_ coverage: CoverageReport, _ html: inout HTMLLines) {
        html.add("<h3>Indicator plan</h3>")
        guard !coverage.indicators.isEmpty else {
            html.add("<p>The plan has no indicators.</p>")
            return
        }
        let rows = coverage.indicators.map { row -> [String] in
            func optional(_ text: String?) -> String { text.map(esc) ?? "<span class=\"missing\">–</span>" }
            let measure = [row.measure, row.unit, row.direction.map { "direction \($0)" }].compactMap { $0 }
            let design = [row.design.map { "design \($0)" }, row.comparator].compactMap { $0 }
            return [
                named(row.id, row.label),
                "<code>\(esc(row.measures))</code> (\(esc(row.measuresKind)))",
                measure.isEmpty ? optional(nil) : esc(measure.joined(separator: ", ")),
                optional(row.source) + (row.frequency.map { ", \(esc($0))" } ?? ""),
                optional(row.baseline),
                row.targets.isEmpty ? optional(nil) : esc(row.targets.joined(separator: "; ")),
                design.isEmpty ? optional(nil) : esc(design.joined(separator: ": ")),
                row.isComplete ? "yes" : "no: missing \(esc(row.missing.joined(separator: ", ")))",
            ]
        }
        table("Every indicator, with where its figures come from, where they start and where they should be",
              headers: ["Indicator", "Measures", "Measure", "Source, frequency", "Baseline", "Targets", "Design, comparator", "Complete"],
              rows: rows, &html)
    }
}
