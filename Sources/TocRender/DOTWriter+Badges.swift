import TocFramework
import TocModel

/// Labels with framework badges and indicator rows.
///
/// An element's label is its wrapped text. An activity naming practice features, or an outcome contributing to
/// framework outcomes, also gets small badges under it (the framework's short names); with the `indicators` option,
/// an outcome lists its indicators as rows under that, each with its baseline and targets. All plan text is escaped.
extension DOTWriter {
    /// Badges per row, so a node with many stays narrow.
    static let badgesPerRow = 3
    /// Indicator rows are cut to this many characters (the full text is in `toc coverage`).
    static let indicatorRowLength = 64

    func labelHTML(for node: Node) -> String {
        let text = LabelWrapping.lines(node.label).map(DOTEscaping.html).joined(separator: "<br/>")
        let badges = badges(for: node)
        let indicators = options.indicators && node.kind == .outcome ? node.indicators : []
        guard !badges.isEmpty || !indicators.isEmpty else { return text }
        var rows = ["<tr><td>\(text)</td></tr>"]
        if !badges.isEmpty {
            let color = node.kind == .activity ? "#2B6CB0" : "#9C4221"
            for start in stride(from: 0, to: badges.count, by: Self.badgesPerRow) {
                let cells = badges[start..<min(start + Self.badgesPerRow, badges.count)].map { badge in
                    "<td border=\"1\" color=\"\(color)\" bgcolor=\"#FFFFFF\" cellpadding=\"1\"><font point-size=\"7\" color=\"\(color)\">\(DOTEscaping.html(badge))</font></td>"
                }
                rows.append("<tr><td><table border=\"0\" cellspacing=\"2\" cellpadding=\"0\"><tr>\(cells.joined())</tr></table></td></tr>")
            }
        }
        for indicator in indicators {
            let line = LabelWrapping.truncated("▸ " + Self.summary(of: indicator), to: Self.indicatorRowLength)
            rows.append("<tr><td align=\"left\" balign=\"left\"><font point-size=\"8\" color=\"#4A5568\">\(DOTEscaping.html(line))</font></td></tr>")
        }
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\">\(rows.joined())</table>"
    }

    /// The framework's short names for the features an activity names or the framework outcomes an outcome
    /// contributes to; ids the framework lacks are shown as written (a rule reports them).
    func badges(for node: Node) -> [String] {
        switch node.kind {
        case .activity: node.features.map { framework?.feature($0.id.rawValue)?.badge ?? $0.id.rawValue }.uniqued()
        case .outcome: node.contributesTo.map { framework?.outcome($0.id.rawValue)?.badge ?? $0.id.rawValue }.uniqued()
        default: []
        }
    }

    /// "Reoffending rate: 41% → 30% by 2020-03".
    static func summary(of indicator: Indicator) -> String {
        var figures: [String] = []
        if let baseline = indicator.baseline?.value { figures.append(baseline.description) }
        if let target = indicator.targets.last {
            figures.append(target.value.description + (target.by.map { " by \($0)" } ?? ""))
        }
        return indicator.label + (figures.isEmpty ? "" : ": " + figures.joined(separator: " → "))
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
