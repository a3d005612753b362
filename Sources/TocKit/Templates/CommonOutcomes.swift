/// Table 1 of the Round 2 final report (2020), "Common Intended Outcomes in Innovation Programme Theories of
/// Change" [000:252-258], by the group the outcomes are for, in the report's words.
enum CommonOutcomes: String, CaseIterable {
    case children = "Children and young people"
    case staff = "Staff"
    case workforce = "Workforce"
    case services = "Services"
    case parents = "Parents"
    case carers = "Carers"
    case families = "Families"

    var outcomes: [String] {
        switch self {
        case .children:
            ["Experience improved safety, wellbeing, stability, resilience, relationships, educational engagement and attainment, and life chances; engage in less risky behaviours; and feel better supported.",
             "Children in care have more stable placements and fewer missing episodes.",
             "Care Leavers are more financially stable and in more appropriate accommodation and EET."]
        case .staff:
            ["Are highly skilled, knowledgeable, and confident",
             "Feel supported by the wider system (e.g. team, supervision, management, training, tools, IT)",
             "Have high wellbeing and satisfaction with both their current role and career opportunities"]
        case .workforce:
            ["Has the right mix and level of skills", "Is more satisfied and stable, with improved turnover, agency, and sickness rates."]
        case .services:
            ["Experience reduced demand due to effective support provided to families at the right time (e.g. reduced CPP, LAC, escalation, and re-referral numbers/rates, and increased de-escalation)",
             "Have more efficient internal processes",
             "Achieve more coherent, efficient, and effective partnership working across agencies",
             "Achieve sustainable cost reductions or better value for money"]
        case .parents:
            ["Feel supported by and have better relationships with services", "Take ownership of change",
             "Experience better outcomes in mental health, alcohol and substance misuse, and domestic violence and abuse"]
        case .carers:
            ["Are well supported by peers and services", "Are well trained and have the understanding and skills they need",
             "Have high wellbeing and satisfaction in their role", "Continue caring"]
        case .families:
            ["Feel supported by and have better relationships with services",
             "Are safer and more stable and resilient, with better family relationships, and more families able to stay together safely or be safely reunited"]
        }
    }

    /// The comment listing the outcomes for these groups (for the children's group, only the chosen lines).
    static func comments(_ groups: [CommonOutcomes], childrenLines: [Int] = [0]) -> String {
        var text = CommentBlock.wrap("""
            Outcomes that projects like this commonly aimed for (Round 2 final report, Table 1 [000:252-258]). Write \
            the ones you expect as outcomes below, each with a horizon and an indicator:
            """)
        for group in groups {
            let chosen = group == .children ? childrenLines.map { group.outcomes[$0] } : group.outcomes
            for outcome in chosen {
                text += CommentBlock.wrap("  \(group.rawValue): \"\(outcome)\"", indent: "    ")
            }
        }
        return text
    }
}
