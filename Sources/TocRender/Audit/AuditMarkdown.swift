import TocChecks
import TocDiagnostics

/// Writes an ``AuditReport`` as Markdown, for a bid pack, a wiki or a board paper. The diagram is an image file beside
/// it. Plan text is escaped (``MarkdownText``), so it cannot add markup, links or HTML.
public enum AuditMarkdown {
    /// The Markdown document.
    ///
    /// - Parameter diagram: the diagram's file, relative to the Markdown (``AuditDiagram/file(_:)``), or why there is none.
    public static func render(_ report: AuditReport, diagram: AuditDiagram, generator: String = "toc") -> String {
        var lines: [String] = []
        header(report, &lines)
        summary(report, &lines)
        diagramSection(report, diagram, &lines)
        checklist(report, &lines)
        findings(report, &lines)
        coverage(report, &lines)
        suppressed(report, &lines)
        lines += ["", "---", "",
                  "Made by \(MarkdownText.escape(generator)) from \(MarkdownText.code(report.header.file)). The checklist's conditions are "
                    + "quoted from \(MarkdownText.escape(AuditOfService.source.title)), Appendix 1, and two of its recommendations; each "
                    + "rule's evidence is quoted from the DfE's evaluations of the Children's Social Care Innovation Programme. "
                    + "`toc explain RULE-ID` gives a rule's rationale."]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func esc(_ text: String) -> String { MarkdownText.escape(text) }

    private static func header(_ report: AuditReport, _ lines: inout [String]) {
        let header = report.header
        lines += ["# Audit: \(esc(header.title))", ""]
        if let description = header.description { lines += [esc(description), ""] }
        lines += ["| | |", "|---|---|"]
        lines.append("| Plan | \(MarkdownText.code(header.file, inTable: true)) |")
        lines.append("| Kind | \(esc(header.kindTitle)) |")
        lines.append("| Dates | \(esc(header.dates)) |")
        if let evaluation = header.evaluation { lines.append("| Evaluation | \(esc(evaluation)) |") }
        if let framework = header.framework {
            lines.append("| Framework | \(esc(framework.name)) (\(MarkdownText.code(framework.id, inTable: true))) |")
        }
        let cohorts = header.cohorts.map { cohort in
            "\(esc(cohort.label)) (\(MarkdownText.code(cohort.id.rawValue, inTable: true))): \(esc(AuditHeader.size(of: cohort)))"
                + (cohort.eligibility.map { "; eligibility: \(esc($0))" } ?? "")
        }
        lines.append("| \(header.cohorts.count == 1 ? "Cohort" : "Cohorts") | \(cohorts.isEmpty ? "*none named*" : cohorts.joined(separator: "<br>")) |")
        if report.summary.errors > 0 {
            let errors = report.summary.errors
            lines += ["", "> **This plan has \(errors) error\(errors == 1 ? "" : "s").** Parts of it could not be read or do not fit "
                + "together, so the diagram and the checklist below may be incomplete. See the errors under Findings, and fix them "
                + "before the plan is reviewed."]
        }
    }

    private static func summary(_ report: AuditReport, _ lines: inout [String]) {
        let summary = report.summary
        lines += ["", "## Summary", "",
                  "**\(summary.verdict.title)**: \(summary.counts); \(summary.coverageLine); \(summary.checklistLine).", "",
                  "*\(MarkdownText.marked(AuditVerdict.rule))*"]
    }

    private static func diagramSection(_ report: AuditReport, _ diagram: AuditDiagram, _ lines: inout [String]) {
        lines += ["", "## Diagram", ""]
        switch diagram {
        case .file(let path):
            lines.append("![Diagram of the theory of change: \(esc(report.header.title))](\(MarkdownText.path(path)))")
        case .inlineSVG:
            lines.append("*The diagram is in the HTML audit.*")
        case .unavailable(let reason):
            lines.append("*The diagram could not be drawn: \(esc(reason))*")
        }
        lines += ["", "The diagram in words, from inputs to long-term outcomes:", ""]
        for group in report.outline.groups {
            let elements = group.elements.map { element in
                "\(esc(element.label)) (\(MarkdownText.code(element.id)))"
                    + (element.leadsTo.isEmpty ? "" : " → " + element.leadsTo.map { MarkdownText.code($0) }.joined(separator: ", "))
                    + (element.qualifies.isEmpty ? "" : ", qualifying " + element.qualifies.map { MarkdownText.code($0) }.joined(separator: ", "))
            }
            lines.append("- **\(esc(group.title)):** " + (elements.isEmpty ? "*none*" : elements.joined(separator: "; ")))
        }
    }

    private static func checklist(_ report: AuditReport, _ lines: inout [String]) {
        lines += ["", "## Audit of Service checklist", "",
                  "The conditions which support innovation, from the Audit of Service in \(esc(AuditOfService.source.title)), "
                    + "Appendix 1 [003:362-373]: rows 1 to 10 in the table's own words, and rows 11 and 12 from two of the report's "
                    + "recommendations that the table leaves out [003:72-73]. For each, the plan's own answers (from its `audit` "
                    + "blocks) and what its model shows.", ""]
        lines += AuditStatus.allCases.map { "- **\($0.title)**: \($0.meaning)." }
        lines += ["", "| # | \(AuditOfService.conditionHeading) | Status |", "|--:|---|---|"]
        for row in report.checklist {
            lines.append("| \(row.row.number) | \(esc(row.row.condition)) | \(row.status.title) |")
        }
        for row in report.checklist {
            lines += ["", "### \(row.row.number). \(esc(row.row.condition))", ""]
            lines.append("`audit \(row.row.id)`\(row.row.fromTable ? "" : " (a recommendation the table omits)") · **\(row.status.title)**")
            var evidence = row.evidence.map { "- \(MarkdownText.rich($0))" }
            if !row.findings.isEmpty {
                evidence.append("- Related findings: " + row.findings.map { "finding \($0)" }.joined(separator: ", "))
            }
            evidence += row.setAside.map { "- Set aside by the plan: \(MarkdownText.rich($0))" }
            if !evidence.isEmpty { lines += [""] + evidence }
            lines += ["", "The plan's answers:", ""]
            lines.append("- **\(AuditOfService.nowQuestion)** \(row.now.map(esc) ?? "*missing*")")
            lines.append("- **\(AuditOfService.needsQuestion)** \(row.needs.map(esc) ?? "*missing*")")
            lines.append("- **\(AuditOfService.progressQuestion)** \(row.progress.map(esc) ?? "*missing*")")
            if let line = row.answerLine, !row.repeatedAnswerLines.isEmpty {
                lines.append("- Answered at line \(line), and again at line \(row.repeatedAnswerLines.map(String.init).joined(separator: ", ")) (not shown).")
            }
        }
        if !report.unrecognisedAnswers.isEmpty {
            lines += ["", "Answers that match no row of the checklist (not shown above):", ""]
            for answer in report.unrecognisedAnswers {
                lines.append("- \(MarkdownText.code("audit " + answer.row)) at line \(answer.line)"
                    + (answer.suggestion.map { ": did you mean \(MarkdownText.code($0))?" } ?? ""))
            }
        }
    }

    private static func findings(_ report: AuditReport, _ lines: inout [String]) {
        lines += ["", "## Findings", ""]
        guard !report.findings.isEmpty else {
            lines.append("No findings: every check passed.")
            return
        }
        lines.append("Every finding of every check, errors first, with where it is in the plan (file:line:column), a hint, and the "
            + "evidence the rule rests on.")
        for severity in [Severity.error, .warning, .info] {
            let group = report.findings(severity)
            guard !group.isEmpty else { continue }
            lines += ["", "### \(severity.groupTitle) (\(group.count))"]
            for finding in group {
                lines += ["", "**Finding \(finding.number)** · \(finding.severity.word) `\(finding.ruleID)` · "
                    + MarkdownText.code(finding.location.description)
                    + (finding.element.map { " · in \(MarkdownText.code($0.rawValue))" } ?? "")]
                lines += ["", MarkdownText.marked(finding.message)]
                var details: [String] = []
                if !finding.sourceLine.allSatisfy(\.isWhitespace) {
                    details.append("- Line \(finding.location.line): \(MarkdownText.code(finding.sourceLine))")
                }
                if let hint = finding.hint { details.append("- Hint: \(MarkdownText.marked(hint))") }
                details += finding.notes.map { "- Note: \(MarkdownText.marked($0.message)) (\(MarkdownText.code($0.location.description)))" }
                if let summary = finding.ruleSummary {
                    details.append("- Rule: \(MarkdownText.marked(summary))" + (finding.citation.map { " Evidence: \(esc($0))" } ?? ""))
                }
                if !details.isEmpty { lines += [""] + details }
            }
        }
    }

    /// The coverage report's own Markdown (``CoverageMarkdown``), its headings moved down a level under this one.
    private static func coverage(_ report: AuditReport, _ lines: inout [String]) {
        lines += ["", "## Coverage and indicator plan", ""]
        let text = CoverageMarkdown.render(report.coverage)
        var body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if body.first?.hasPrefix("# ") == true { body.removeFirst() }
        while body.first?.isEmpty == true { body.removeFirst() }
        while body.last?.isEmpty == true { body.removeLast() }
        lines += body.map { $0.hasPrefix("#") ? "#" + $0 : $0 }
    }

    private static func suppressed(_ report: AuditReport, _ lines: inout [String]) {
        lines += ["", "## Findings set aside by the plan", ""]
        guard !report.suppressed.isEmpty else {
            lines.append("The plan sets no findings aside.")
            return
        }
        lines += ["The plan's author set these findings aside with `# toc-ignore:` comments. They are not counted above; each "
            + "reason is the plan's own.", "",
                  "| Rule | Where | Finding | The plan's reason |", "|---|---|---|---|"]
        for finding in report.suppressed {
            lines.append("| `\(finding.ruleID)` (\(finding.severity.word)) | \(MarkdownText.code(finding.location.description, inTable: true)) | "
                + "\(MarkdownText.marked(finding.message, inTable: true)) | \(finding.reason.map(esc) ?? "*no reason given*") "
                + "(comment at line \(finding.suppressionLocation.line)) |")
        }
    }
}
