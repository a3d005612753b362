import TocModel

/// Rows about the service and the people in it: capacity, leadership, engagement, population, recruitment and
/// multi-professional working.
extension AuditAssessment {
    static let capacityWords = ["capacity", "vacanc", "caseload", "workload", "stretch", "stability", "stable", "turnover",
                                "disruption", "pressure"]
    /// The words the `no-leadership-risk` rule looks for.
    static let leadershipWords = ["leader", "director", "manager", "turnover", "vacanc", "retention", "retain", "staff stay",
                                  "stay in post", "leave post", "continuity", "stability", "agency staff", "recruit"]
    static let engagementWords = ["famil", "young people", "young person", "child", "parent", "carer", "co-design",
                                  "co-produc", "consult", "engag", "stakeholder", "partner", "with staff"]

    func capacity() -> (Signal, [AuditText]) {
        let found = risksAndAssumptions(mentioning: Self.capacityWords)
        guard !found.isEmpty else {
            return (.nothing, ["No risk or assumption about the service's capacity or stability was found."])
        }
        return (.support, ["Risks and assumptions about capacity or stability: \(Self.joined(found))."])
    }

    func leadership() -> (Signal, [AuditText]) {
        let found = risksAndAssumptions(mentioning: Self.leadershipWords)
        guard !found.isEmpty else {
            let systemChange = model.theory?.kind == .systemChange
            let line = "No risk or assumption about leadership or staff stability was found"
                + (systemChange ? ", in a system-change plan." : ".")
            return (systemChange ? .shortfall : .nothing, [AuditText(stringLiteral: line)])
        }
        return (.support, ["Leadership and staff-stability risks and assumptions: \(Self.joined(found))."])
    }

    func engagement() -> (Signal, [AuditText]) {
        let activities = model.nodes(of: .activity)
        guard !activities.isEmpty else { return (.nothing, ["The plan has no activities."]) }
        let early = activities.filter { $0.phase == .planning || $0.phase == .design }
        guard !early.isEmpty else {
            return (.shortfall, ["No planning or design activity, where aims are agreed with families, young people and partners."])
        }
        let engaging = early.filter { node in
            let text = ([node.label] + (node.description.map { [$0] } ?? [])).joined(separator: " ").lowercased()
            return Self.engagementWords.contains { text.contains($0) }
        }
        var lines: [AuditText] = ["\(Self.count(early.count, "planning or design activity", "planning or design activities")): \(codes: early.map(\.id.rawValue))."]
        if engaging.isEmpty {
            lines.append("None of them mentions families, young people, partners or co-design.")
            return (.nothing, lines)
        }
        lines.append("\(engaging.count) of them \(engaging.count == 1 ? "involves" : "involve") families, young people, partners or co-design: \(codes: engaging.map(\.id.rawValue)).")
        return (.support, lines)
    }

    func population() -> (Signal, [AuditText]) {
        guard !model.cohorts.isEmpty else {
            return (.shortfall, ["The plan names no cohort, so its target population is not defined."])
        }
        var lines: [AuditText] = []
        for cohort in model.cohorts {
            var parts = [cohort.eligibility == nil ? "no eligibility given" : "eligibility stated"]
            parts.append(cohort.size.map { "size \($0)" } ?? "size not given")
            lines.append("Cohort \(code: cohort.id.rawValue): \(parts.joined(separator: ", ")).")
        }
        let defined = model.cohorts.allSatisfy { $0.eligibility != nil }
        return (defined ? .support : .shortfall, lines)
    }

    func recruitment() -> (Signal, [AuditText]) {
        guard !model.cohorts.isEmpty else { return (.nothing, ["The plan names no cohort to recruit."]) }
        var lines: [AuditText] = []
        var margins = 0
        var shortfall = false
        for cohort in model.cohorts {
            let when = cohort.recruitment.map { window -> String in
                [window.start.map { " from \($0)" }, window.end.map { " to \($0)" }].compactMap { $0 }.joined()
            } ?? ""
            switch (cohort.size, cohort.recruit) {
            case let (size?, recruit?):
                let above = size > 0 ? Int((Double(recruit - size) / Double(size) * 100).rounded()) : 0
                let margin = recruit > size ? "\(above)% above" : recruit == size ? "no margin" : "fewer than needed"
                lines.append("\(code: cohort.id.rawValue): \(recruit) sought for a cohort of \(size), \(margin)\(when).")
                if recruit > size { margins += 1 } else { shortfall = true }
            case let (size?, nil):
                lines.append("\(code: cohort.id.rawValue): a cohort of \(size), with no recruitment target.")
            case let (nil, recruit?):
                lines.append("\(code: cohort.id.rawValue): \(recruit) sought\(when), for a cohort of unstated size.")
            case (nil, nil):
                lines.append("\(code: cohort.id.rawValue): neither its size nor a recruitment target is given.")
            }
        }
        return (shortfall ? .shortfall : margins > 0 ? .support : .nothing, lines)
    }

    func multiProfessional() -> (Signal, [AuditText]) {
        let activities = model.nodes(of: .activity)
        func using(_ feature: String) -> [String] {
            activities.filter { $0.features.contains { $0.id.rawValue == feature } }.map(\.id.rawValue)
        }
        let together = using("multi-disciplinary")
        let discussion = using("group-case-discussion")
        var lines: [AuditText] = []
        if !together.isEmpty { lines.append("Multi-disciplinary working is put into practice by \(codes: together).") }
        if !discussion.isEmpty { lines.append("Group case discussion is put into practice by \(codes: discussion).") }
        guard lines.isEmpty else { return (.support, lines) }
        return (.nothing, ["No activity names the \(code: "multi-disciplinary") or \(code: "group-case-discussion") practice features."])
    }
}
