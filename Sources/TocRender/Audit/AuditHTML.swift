import TocDiagnostics
import TocModel

/// Writes an ``AuditReport`` as one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched (a
/// Content-Security-Policy says so), good on screen and printed on A4.
///
/// Every string from the plan passes through ``HTMLEscaping/escape(_:)``, in text and attribute values alike; the only
/// links are `#` anchors made here.
public enum AuditHTML {
    /// The Content-Security-Policy the page declares: nothing may load or run, except the inline style sheet.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The HTML document.
    ///
    /// - Parameters:
    ///   - diagram: the inline SVG (``InlineDiagram``), or why there is none.
    ///   - generator: the tool and version, for the footer ("toc 0.1.0").
    public static func render(_ report: AuditReport, diagram: AuditDiagram, generator: String = "toc") -> String {
        var html = HTMLLines()
        html.add("<!DOCTYPE html>")
        html.add("<html lang=\"en-GB\">")
        html.add("<head>")
        html.add("<meta charset=\"utf-8\">")
        html.add("<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">")
        html.add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.add("<meta name=\"generator\" content=\"\(esc(generator))\">")
        html.add("<title>Audit: \(esc(report.header.title))</title>")
        html.add("<style>\n\(AuditStyle.css)</style>")
        html.add("</head>")
        html.add("<body>")
        header(report, &html)
        summary(report, &html)
        contents(report, &html)
        html.add("<main>")
        diagramSection(report, diagram, &html)
        checklist(report, &html)
        findings(report, &html)
        coverage(report, &html)
        suppressed(report, &html)
        html.add("</main>")
        footer(report, generator: generator, &html)
        html.add("</body>")
        html.add("</html>")
        return html.text
    }

    // MARK: - Escaping

    /// Plan text for HTML: the one escaping function.
    static func esc(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A sentence, its ids as code.
    static func rich(_ text: AuditText) -> String {
        text.pieces.map { piece in
            switch piece {
            case .text(let text): esc(text)
            case .code(let code): "<code>\(esc(code))</code>"
            }
        }.joined()
    }

    /// Text where backticks mark code (rule messages and hints: "`embed-sos` has no outcome"), as HTML.
    static func marked(_ text: String) -> String {
        var pieces: [AuditText.Piece] = []
        for (index, part) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() {
            pieces.append(index % 2 == 1 ? .code(String(part)) : .text(String(part)))
        }
        // An odd number of backticks: show the text as written.
        if text.count(where: { $0 == "`" }) % 2 == 1 { return esc(text) }
        return rich(AuditText(pieces.filter { $0 != .text("") }))
    }

    // MARK: - Sections

    private static func header(_ report: AuditReport, _ html: inout HTMLLines) {
        let header = report.header
        html.add("<header>")
        html.add("<p class=\"kicker\">Theory of change audit</p>")
        html.add("<h1>\(esc(header.title))</h1>")
        if let description = header.description { html.add("<p>\(esc(description))</p>") }
        html.add("<dl class=\"facts\">")
        html.add("<dt>Plan</dt><dd><code>\(esc(header.file))</code></dd>")
        html.add("<dt>Kind</dt><dd>\(esc(header.kindTitle))</dd>")
        html.add("<dt>Dates</dt><dd>\(esc(header.dates))</dd>")
        if let evaluation = header.evaluation { html.add("<dt>Evaluation</dt><dd>\(esc(evaluation))</dd>") }
        if let framework = header.framework {
            html.add("<dt>Framework</dt><dd>\(esc(framework.name)) (<code>\(esc(framework.id))</code>)</dd>")
        }
        html.add("<dt>\(header.cohorts.count == 1 ? "Cohort" : "Cohorts")</dt><dd>")
        if header.cohorts.isEmpty {
            html.add("<span class=\"missing\">No cohort named</span>")
        } else {
            html.add("<ul>")
            for cohort in header.cohorts {
                let eligibility = cohort.eligibility.map { "<br><span class=\"source\">Eligibility: \(esc($0))</span>" } ?? ""
                html.add("<li>\(esc(cohort.label)) (<code>\(esc(cohort.id.rawValue))</code>): "
                    + "\(esc(AuditHeader.size(of: cohort)))\(eligibility)</li>")
            }
            html.add("</ul>")
        }
        html.add("</dd>")
        html.add("</dl>")
        html.add("</header>")
        let errors = report.summary.errors
        if errors > 0 {
            html.add("<p class=\"banner\" role=\"alert\">This plan has \(errors) error\(errors == 1 ? "" : "s"). Parts of it could not "
                + "be read or do not fit together, so the diagram and the checklist below may be incomplete. "
                + "<a href=\"#findings\">See the errors</a> and fix them before the plan is reviewed.</p>")
        }
    }

    private static func summary(_ report: AuditReport, _ html: inout HTMLLines) {
        let summary = report.summary
        html.add("<section id=\"summary\" class=\"summary \(summary.verdict.rawValue)\" aria-labelledby=\"summary-heading\">")
        html.add("<h2 id=\"summary-heading\" class=\"kicker\">Summary</h2>")
        html.add("<p class=\"verdict\">\(esc(summary.verdict.title))</p>")
        html.add("<ul class=\"figures\">")
        html.add("<li><strong>\(summary.errors)</strong> error\(summary.errors == 1 ? "" : "s")</li>")
        html.add("<li><strong>\(summary.warnings)</strong> warning\(summary.warnings == 1 ? "" : "s")</li>")
        html.add("<li><strong>\(summary.notes)</strong> note\(summary.notes == 1 ? "" : "s")</li>")
        html.add("<li><strong>\(summary.coverage.percentage)</strong> of outcomes with a complete indicator</li>")
        html.add("<li><strong>\(summary.answeredRows) of \(AuditOfService.rows.count)</strong> checklist rows answered</li>")
        html.add("</ul>")
        html.add("<p>\(esc(summary.detail))</p>")
        html.add("<p class=\"rule\">\(marked(AuditVerdict.rule))</p>")
        glance(report, &html)
        html.add("</section>")
    }

    /// The checklist's statuses on the first page, each row linking to its full entry.
    private static func glance(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<div class=\"glance\"><table>")
        html.add("<caption>The Audit of Service checklist at a glance</caption>")
        html.add("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Condition</th><th scope=\"col\">Status</th>"
            + "<th scope=\"col\">Answered by the plan</th></tr></thead>")
        html.add("<tbody>")
        for row in report.checklist {
            let answered = row.isFullyAnswered ? "all three questions" : row.isAnswered ? "in part" : "no"
            html.add("<tr><td class=\"num\">\(row.row.number)</td><th scope=\"row\"><a href=\"#row-\(row.row.id)\">\(esc(row.row.topic))</a></th>"
                + "<td><span class=\"status status-\(row.status.rawValue)\">\(esc(row.status.title))</span></td><td>\(answered)</td></tr>")
        }
        html.add("</tbody>")
        html.add("</table></div>")
    }

    private static func contents(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<nav class=\"contents\" aria-label=\"Contents\"><ol>")
        html.add("<li><a href=\"#diagram\">Diagram</a></li>")
        html.add("<li><a href=\"#checklist\">Audit of Service checklist</a></li>")
        html.add("<li><a href=\"#findings\">Findings (\(report.findings.count))</a></li>")
        html.add("<li><a href=\"#coverage\">Coverage and indicator plan</a></li>")
        html.add("<li><a href=\"#suppressed\">Findings set aside (\(report.suppressed.count))</a></li>")
        html.add("</ol></nav>")
    }

    private static func diagramSection(_ report: AuditReport, _ diagram: AuditDiagram, _ html: inout HTMLLines) {
        html.add("<section id=\"diagram\" class=\"diagram\" aria-labelledby=\"diagram-heading\">")
        html.add("<h2 id=\"diagram-heading\">Diagram</h2>")
        switch diagram {
        case .inlineSVG(let svg):
            html.add("<figure class=\"diagram\">")
            html.add(svg)
            html.add("<figcaption id=\"diagram-caption\">The theory of change of “\(esc(report.header.title))”, from inputs on the left "
                + "to long-term outcomes on the right (\(esc(report.outline.counts))). Elements with findings link to them; "
                + "<a href=\"#diagram-words\">the diagram in words</a> follows.</figcaption>")
            html.add("</figure>")
        case .file(let path):
            html.add("<p>The diagram is in <code>\(esc(path))</code>.</p>")
        case .unavailable(let reason):
            html.add("<p class=\"missing\">The diagram could not be drawn: \(esc(reason))</p>")
        }
        outline(report, &html)
        html.add("</section>")
    }

    private static func outline(_ report: AuditReport, _ html: inout HTMLLines) {
        html.add("<h3 id=\"diagram-words\">The diagram in words</h3>")
        html.add("<div class=\"outline\" id=\"diagram-description\">")
        for group in report.outline.groups {
            html.add("<h4>\(esc(group.title))</h4>")
            guard !group.elements.isEmpty else {
                html.add("<p class=\"missing\">None.</p>")
                continue
            }
            html.add("<ul>")
            for element in group.elements {
                let leads = element.leadsTo.isEmpty ? ""
                    : "; leads to " + element.leadsTo.map { "<code>\(esc($0))</code>" }.joined(separator: ", ")
                let qualifies = element.qualifies.isEmpty ? ""
                    : "; qualifies " + element.qualifies.map { "<code>\(esc($0))</code>" }.joined(separator: ", ")
                html.add("<li>\(esc(element.label)) (<code>\(esc(element.id))</code>)\(leads)\(qualifies)</li>")
            }
            html.add("</ul>")
        }
        html.add("</div>")
    }

    private static func footer(_ report: AuditReport, generator: String, _ html: inout HTMLLines) {
        html.add("<footer>")
        html.add("<p>Made by \(esc(generator)) from <code>\(esc(report.header.file))</code>. The checklist's conditions are quoted "
            + "from \(esc(AuditOfService.source.title)), Appendix 1, and two of its recommendations; each rule's evidence is quoted "
            + "from the DfE's evaluations of the Children's Social Care Innovation Programme. "
            + "<code>toc explain RULE-ID</code> gives a rule's rationale.</p>")
        html.add("</footer>")
    }
}

/// Lines of HTML being written.
struct HTMLLines {
    private(set) var text = ""

    mutating func add(_ line: String) {
        text += line + "\n"
    }
}
