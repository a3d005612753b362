/// How `toc coverage` writes its report.
public enum CoverageFormat: String, Sendable, CaseIterable {
    /// Plain text for the terminal.
    case table
    case markdown
    /// For spreadsheets.
    case csv
    /// For other tools (schema `toc-coverage`, `docs/coverage.md`).
    case json

    /// The format a file name implies (`report.md` → `.markdown`).
    public init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        case "txt": self = .table
        default: return nil
        }
    }
}

extension Analysis {
    /// The plan's coverage of its framework, and its indicator plan's completeness.
    public var coverage: CoverageReport {
        CoverageReport(model: model, framework: framework)
    }

    /// The coverage report written in a format. JSON always holds every section.
    public func coverage(as format: CoverageFormat, sections: [CoverageSection] = CoverageSection.allCases) -> String {
        let report = coverage
        return switch format {
        case .table: CoverageText.render(report, sections: sections)
        case .markdown: CoverageMarkdown.render(report, sections: sections)
        case .csv: CoverageCSV.render(report, sections: sections)
        case .json: CoverageJSON.render(report)
        }
    }
}
