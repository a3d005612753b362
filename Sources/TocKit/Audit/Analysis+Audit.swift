import TocRender

extension Analysis {
    /// The plan's audit as a document: header, summary and verdict, the Audit of Service checklist, every finding,
    /// coverage and the indicator plan, and the findings the plan set aside. A plan with errors still gets one.
    public var auditReport: AuditReport {
        AuditReport(model: model, framework: framework, diagnostics: diagnostics, suppressed: suppressed)
    }

    /// The audit as one self-contained HTML file, with the diagram inline (its elements linking to their findings).
    ///
    /// Never fails: if Graphviz cannot draw the diagram, the report says so in its place.
    ///
    /// - Parameter generator: the tool and version, for the footer.
    /// - Returns: the HTML, and any warnings Graphviz gave (or why the diagram is missing).
    public func auditHTML(generator: String = "toc") -> (html: String, warnings: [String]) {
        let report = auditReport
        let (diagram, warnings) = inlineDiagram(report)
        return (AuditHTML.render(report, diagram: diagram, generator: generator), warnings)
    }

    /// The audit as Markdown.
    ///
    /// - Parameter diagramFile: the diagram's SVG file relative to the Markdown (the caller writes it, see
    ///   ``auditDiagramSVG()``), or nil when there is none.
    public func auditMarkdown(diagramFile: String?, generator: String = "toc") -> String {
        let diagram: AuditDiagram = diagramFile.map { .file($0) }
            ?? .unavailable("it is written beside the Markdown only when the audit goes to a file (`-o audit.md`).")
        return AuditMarkdown.render(auditReport, diagram: diagram, generator: generator)
    }

    /// The diagram as an SVG file, as `toc render` draws it (even for a plan with errors).
    public func auditDiagramSVG() throws(TocError) -> Renderer.Result {
        try Renderer.render(self, format: .svg)
    }

    private func inlineDiagram(_ report: AuditReport) -> (AuditDiagram, [String]) {
        do {
            let result = try auditDiagramSVG()
            let svg = InlineDiagram.prepare(
                String(decoding: result.bytes, as: UTF8.self), title: "Diagram of the theory of change: \(report.header.title)",
                links: report.elementFindings, descriptionID: "diagram-description"
            )
            return (.inlineSVG(svg), result.warnings)
        } catch {
            return (.unavailable("\(error)."), ["the diagram could not be drawn: \(error)"])
        }
    }
}
