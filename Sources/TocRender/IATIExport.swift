import TocModel

/// The plan's outputs and measured outcomes as IATI 2.03 results (`toc export --format iati`), for funders who
/// publish to the International Aid Transparency Initiative standard. Mapping (documented in `docs/iati.md`):
///
/// - an output with targets is a result of type 1 (output), one indicator per kind of target; an outcome with
///   indicators is a result of type 2 (outcome), or 3 (impact) when its horizon is long-term;
/// - `measure` 1 (unit) for counts, rates and scores, 2 (percentage), 4 (ordinal), 5 (qualitative); `ascending` 1
///   when the indicator should go up, 0 when down, left out when stable or not given;
/// - the baseline's year, date and value; one `period` per target, from the baseline (or the previous target, or
///   the plan's start) to the month the target is due, with its value.
///
/// All plan text is XML-escaped, and characters XML cannot carry are dropped. Output is deterministic (no time
/// stamps), so it can be compared with golden files. It is a results section to merge into an activity file: the
/// identifier is made from the title, and the reporting organisation and other details are left to the publisher.
public enum IATIExport {
    /// The plan's results as an IATI 2.03 activity file.
    public static func xml(_ model: TheoryModel) -> String {
        let timeline = Timeline(model)
        var out = XMLLines()
        out.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line("<!-- Results of a theory of change, written by toc from \(XMLEscaping.comment(model.file.path)). Replace the iati-identifier with your organisation's, and add the reporting-org and other activity details before publishing. -->")
        out.open("iati-activities", ["version": "2.03"])
        out.open("iati-activity", ["xml:lang": "en"])
        out.element("iati-identifier", text: identifier(for: model.theory?.title ?? "plan"))
        narrative("title", model.theory?.title ?? "Theory of change", &out)
        if let description = model.theory?.description { narrative("description", description, &out) }
        if let starts = model.theory?.starts { out.empty("activity-date", ["type": "1", "iso-date": firstDay(starts)]) }
        if let ends = model.theory?.ends { out.empty("activity-date", ["type": "3", "iso-date": lastDay(ends)]) }
        for node in model.nodes.values {
            switch node.kind {
            case .output where !node.targets.isEmpty: output(node, timeline, &out)
            case .outcome where !node.indicators.isEmpty: outcome(node, timeline, &out)
            default: continue
            }
        }
        out.close("iati-activity")
        out.close("iati-activities")
        return out.text
    }

    // MARK: - Results

    private static func output(_ node: Node, _ timeline: Timeline, _ out: inout XMLLines) {
        out.open("result", ["type": "1"])
        narrative("title", node.label, &out)
        if let description = node.description { narrative("description", description, &out) }
        // One indicator per kind of target ("3374 Signs of Safety attendees", "1134 restorative practice attendees").
        var units: [String?] = []
        for target in node.targets where !units.contains(target.unit) { units.append(target.unit) }
        for unit in units {
            let targets = node.targets.filter { $0.unit == unit }
            let percentage = targets.allSatisfy { if case .percentage = $0.value { true } else { false } }
            out.open("indicator", ["measure": percentage ? "2" : "1", "ascending": "1"])
            narrative("title", unit.map { "\(node.label): \($0)" } ?? node.label, &out)
            periods(targets.map { ($0.value, $0.by) }, from: nil, qualitative: false, timeline, &out)
            out.close("indicator")
        }
        out.close("result")
    }

    private static func outcome(_ node: Node, _ timeline: Timeline, _ out: inout XMLLines) {
        out.open("result", ["type": node.horizon == .longTerm ? "3" : "2"])
        narrative("title", node.label, &out)
        if let description = node.description { narrative("description", description, &out) }
        for indicator in node.indicators {
            let code = measureCode(indicator)
            var attributes = ["measure": code]
            switch indicator.direction {
            case .up: attributes["ascending"] = "1"
            case .down: attributes["ascending"] = "0"
            case .stable, nil: break
            }
            out.open("indicator", attributes)
            narrative("title", indicator.label, &out)
            if let definition = indicator.definition { narrative("description", definition, &out) }
            let baselineDate = baseline(indicator, qualitative: code == "5", timeline, &out)
            periods(indicator.targets.map { ($0.value, $0.by) }, from: baselineDate, qualitative: code == "5", timeline, &out)
            out.close("indicator")
        }
        out.close("result")
    }

    /// The baseline element, when its year is known; returns the baseline's month, for the first period's start.
    private static func baseline(_ indicator: Indicator, qualitative: Bool, _ timeline: Timeline, _ out: inout XMLLines) -> PlanDate? {
        guard let baseline = indicator.baseline, let time = baseline.at ?? baselineCollection(baseline), let date = timeline.date(time) else { return nil }
        var attributes = ["year": String(date.year)]
        if case .year = time {} else { attributes["iso-date"] = firstDay(date) }
        if let value = baseline.value, !qualitative { attributes["value"] = number(value) }
        var comments: [String] = []
        if qualitative, let value = baseline.value { comments.append("Baseline \(value)") }
        switch baseline.availability {
        case .available: comments.append("Data available now")
        case .collectedFrom(let point): comments.append("Collected" + (point.map { " from \($0)" } ?? ""))
        case nil: break
        }
        if let source = indicator.source { comments.append("Source: \(source)") }
        if comments.isEmpty {
            out.empty("baseline", attributes)
        } else {
            out.open("baseline", attributes)
            narrative("comment", comments.joined(separator: ". "), &out)
            out.close("baseline")
        }
        return date
    }

    private static func baselineCollection(_ baseline: Baseline) -> TimePoint? {
        if case .collectedFrom(let point) = baseline.availability { return point }
        return nil
    }

    /// One period per dated target (undated ones end with the plan), in date order.
    private static func periods(_ targets: [(Quantity, TimePoint?)], from baseline: PlanDate?, qualitative: Bool, _ timeline: Timeline, _ out: inout XMLLines) {
        let dated = targets.compactMap { value, by -> (Quantity, PlanDate)? in
            guard let end = timeline.date(by) ?? timeline.planEnd else { return nil }
            return (value, end)
        }.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
        var start = baseline ?? timeline.planStart
        for (value, end) in dated {
            let periodStart = start.flatMap { $0 <= end ? $0 : nil } ?? PlanDate(year: end.year, month: end.month)
            out.open("period")
            out.empty("period-start", ["iso-date": firstDay(periodStart)])
            out.empty("period-end", ["iso-date": lastDay(end)])
            if qualitative {
                out.open("target")
                narrative("comment", "Target \(value)", &out)
                out.close("target")
            } else {
                out.empty("target", ["value": number(value)])
            }
            out.close("period")
            start = end.adding(months: 1)
        }
    }

    // MARK: - Values

    static func measureCode(_ indicator: Indicator) -> String {
        switch indicator.measure {
        case "percentage": return "2"
        case "ordinal": return "4"
        case "qualitative": return "5"
        case "count", "rate", "score": return "1"
        default:
            let values = (indicator.baseline?.value.map { [$0] } ?? []) + indicator.targets.map(\.value)
            let allPercentages = !values.isEmpty && values.allSatisfy { if case .percentage = $0 { true } else { false } }
            return allPercentages ? "2" : "1"
        }
    }

    /// The figure without its `%`: IATI gives the measure separately.
    static func number(_ value: Quantity) -> String {
        Quantity.number(value.value).description
    }

    static func firstDay(_ date: PlanDate) -> String {
        PlanDate(year: date.year, month: date.month, day: date.day ?? 1).description
    }

    static func lastDay(_ date: PlanDate) -> String {
        if date.day != nil { return date.description }
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, date.month - 1))]
        return PlanDate(year: date.year, month: date.month, day: days).description
    }

    /// "toc-lincolnshire-partners-in-practice".
    static func identifier(for title: String) -> String {
        let slug = title.lowercased().unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? String($0) : "-" }.joined()
        let parts = slug.split(separator: "-").prefix(8)
        return "toc-" + (parts.isEmpty ? "plan" : parts.joined(separator: "-"))
    }

    private static func narrative(_ element: String, _ text: String, _ out: inout XMLLines) {
        out.open(element)
        out.element("narrative", text: text)
        out.close(element)
    }
}
