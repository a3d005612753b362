/// The Audit of Service checklist, as an HTML table.
extension AuditHTML {
    static func checklist(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<section id=\"checklist\" class=\"checklist\" aria-labelledby=\"checklist-heading\">")
        html.add("<h2 id=\"checklist-heading\">Audit of Service checklist</h2>")
        html.add("<p>The conditions which support innovation, from the Audit of Service in \(esc(AuditOfService.source.title)), "
            + "Appendix 1: rows 1 to 10 in the table's own words, and rows 11 and 12 from two of the report's recommendations "
            + "that the table leaves out. For each, the plan's own answers (from its <code>audit</code> blocks) and what its "
            + "model shows.</p>")
        html.add("<p class=\"source\">" + AuditStatus.allCases.map { status in
            "<span class=\"status status-\(status.rawValue)\">\(esc(status.title))</span> \(esc(status.meaning))"
        }.joined(separator: "; ") + ".</p>")
        html.add("<div class=\"table-wrap\">")
        html.add("<table class=\"checklist\">")
        html.add("<caption>The Audit of Service for “\(esc(report.header.title))”</caption>")
        html.add("<colgroup><col class=\"c-num\"><col class=\"c-condition\"><col class=\"c-answer\"><col class=\"c-answer\">"
            + "<col class=\"c-answer\"><col class=\"c-status\"></colgroup>")
        html.add("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">\(esc(AuditOfService.conditionHeading))</th>"
            + "<th scope=\"col\">\(esc(AuditOfService.nowQuestion))</th><th scope=\"col\">\(esc(AuditOfService.needsQuestion))</th>"
            + "<th scope=\"col\">\(esc(AuditOfService.progressQuestion))</th>"
            + "<th scope=\"col\">Status, and what the plan's model shows</th></tr></thead>")
        html.add("<tbody>")
        for row in report.checklist {
            html.add("<tr id=\"row-\(row.row.id)\">")
            html.add("<td class=\"num\">\(row.row.number)</td>")
            html.add("<th scope=\"row\"><span class=\"condition\">\(esc(row.row.condition))</span>"
                + "<span class=\"row-id source\"><code>audit \(esc(row.row.id))</code>\(row.row.fromTable ? "" : " · a recommendation the table omits")"
                + "\(answerSource(row))</span></th>")
            for answer in [row.now, row.needs, row.progress] {
                html.add("<td>" + (answer.map(esc) ?? "<span class=\"missing\">missing</span>") + "</td>")
            }
            html.add("<td>" + status(row) + "</td>")
            html.add("</tr>")
        }
        html.add("</tbody>")
        html.add("</table>")
        html.add("</div>")
        if !report.unrecognisedAnswers.isEmpty {
            html.add("<p>Answers that match no row of the checklist (not shown above):</p>")
            html.add("<ul>")
            for answer in report.unrecognisedAnswers {
                let suggestion = answer.suggestion.map { ": did you mean <code>\(esc($0))</code>?" } ?? ""
                html.add("<li><code>audit \(esc(answer.row))</code> at line \(answer.line)\(suggestion)</li>")
            }
            html.add("</ul>")
        }
        html.add("<p class=\"source\">Rows 1 to 10: \(esc(AuditOfService.source.title)), Appendix 1 "
            + "[\(AuditOfService.source.rawValue):362-373]; rows 11 and 12: its recommendations "
            + "[\(AuditOfService.source.rawValue):72-73].</p>")
        html.add("</section>")
    }

    private static func status(_ row: AuditChecklistRow) -> String {
        var cell = "<span class=\"status status-\(row.status.rawValue)\">\(esc(row.status.title))</span>"
        var items = row.evidence.map { "<li>\(rich($0))</li>" }
        if !row.findings.isEmpty {
            let links = row.findings.map { "<a href=\"#finding-\($0)\">finding \($0)</a>" }
            items.append("<li>Related findings: \(links.joined(separator: ", "))</li>")
        }
        items += row.setAside.map { "<li>Set aside by the plan: \(rich($0))</li>" }
        if !items.isEmpty { cell += "<ul>" + items.joined() + "</ul>" }
        return cell
    }

    /// Where the plan answers the row: "line 12", or that it does not.
    private static func answerSource(_ row: AuditChecklistRow) -> String {
        guard let line = row.answerLine else { return "<br>Not answered in the plan" }
        return "<br>Answered at line \(line)"
            + (row.repeatedAnswerLines.isEmpty ? "" : "; again at line \(row.repeatedAnswerLines.map(String.init).joined(separator: ", ")) (not shown)")
    }
}
