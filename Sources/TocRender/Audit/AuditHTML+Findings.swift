import TocDiagnostics

/// Every finding, grouped by severity, and the findings the plan set aside, as HTML.
extension AuditHTML {
    static func findings(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<section id=\"findings\" class=\"findings-section\" aria-labelledby=\"findings-heading\">")
        html.add("<h2 id=\"findings-heading\">Findings</h2>")
        guard !report.findings.isEmpty else {
            html.add("<p>No findings: every check passed.</p>")
            html.add("</section>")
            return
        }
        html.add("<p>Every finding of every check, errors first, with where it is in the plan (file:line:column), a hint, "
            + "and the evidence the rule rests on. \(esc(report.summary.counts.prefix(1).uppercased() + report.summary.counts.dropFirst())).</p>")
        for severity in [Severity.error, .warning, .info] {
            let group = report.findings(severity)
            guard !group.isEmpty else { continue }
            html.add("<h3 id=\"findings-\(severity.rawValue)\">\(severity.groupTitle) (\(group.count))</h3>")
            html.add("<ol class=\"findings\">")
            for finding in group { item(finding, &html) }
            html.add("</ol>")
        }
        html.add("</section>")
    }

    private static func item(_ finding: AuditFinding, _ html: inout HTMLLines) {
        html.add("<li id=\"\(finding.anchor)\" class=\"finding \(finding.severity.rawValue)\">")
        var where_ = "<span class=\"severity\">\(finding.severity.word) \(finding.number)</span> · <code>\(esc(finding.ruleID))</code>"
            + " · \(esc(finding.location.description))"
        // Element ids are words (letters, digits, `-`, `_`); anything else is not linked.
        if let element = finding.element, element.rawValue.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            where_ += " · in <a href=\"#\(esc("node-" + element.rawValue))\"><code>\(esc(element.rawValue))</code></a>"
        }
        html.add("<div class=\"where\">\(where_)</div>")
        html.add("<p class=\"message\">\(marked(finding.message))</p>")
        if !finding.sourceLine.allSatisfy(\.isWhitespace) {
            html.add("<pre><code>\(finding.location.line) | \(esc(finding.sourceLine))</code></pre>")
        }
        if let hint = finding.hint { html.add("<p class=\"hint\">\(marked(hint))</p>") }
        if !finding.notes.isEmpty {
            html.add("<ul>" + finding.notes.map { "<li>Note: \(marked($0.message)) (\(esc($0.location.description)))</li>" }.joined() + "</ul>")
        }
        if let summary = finding.ruleSummary {
            var text = "Rule: \(marked(summary))"
            if let citation = finding.citation { text += " Evidence: \(esc(citation))" }
            html.add("<p class=\"evidence\">\(text)</p>")
        }
        html.add("</li>")
    }

    static func suppressed(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<section id=\"suppressed\" aria-labelledby=\"suppressed-heading\">")
        html.add("<h2 id=\"suppressed-heading\">Findings set aside by the plan</h2>")
        guard !report.suppressed.isEmpty else {
            html.add("<p>The plan sets no findings aside.</p>")
            html.add("</section>")
            return
        }
        html.add("<p>The plan's author set these findings aside with <code># toc-ignore:</code> comments. They are not counted "
            + "above; each reason is the plan's own.</p>")
        html.add("<div class=\"table-wrap\"><table>")
        html.add("<caption>Findings set aside, with the plan's reasons</caption>")
        html.add("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Where</th><th scope=\"col\">Finding</th>"
            + "<th scope=\"col\">The plan's reason</th></tr></thead>")
        html.add("<tbody>")
        for finding in report.suppressed {
            let reason = finding.reason.map(esc) ?? "<span class=\"missing\">no reason given</span>"
            html.add("<tr><th scope=\"row\"><code>\(esc(finding.ruleID))</code> (\(finding.severity.word))</th>"
                + "<td>\(esc(finding.location.description))</td><td>\(marked(finding.message))</td>"
                + "<td>\(reason) <span class=\"source\">(comment at line \(finding.suppressionLocation.line))</span></td></tr>")
        }
        html.add("</tbody>")
        html.add("</table></div>")
        html.add("</section>")
    }
}
