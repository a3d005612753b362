extension DeclarationKind {
    /// One sentence on what this part of a plan is, for editors' hover text and completion lists.
    public var summary: String {
        switch self {
        case .theory: "The plan's title, kind and dates: when the project starts and ends, and when it is evaluated."
        case .cohort: "A group of children, young people or families the project works with, its size and how they are recruited."
        case .input: "What the project puts in: funding, staff, a partner agency and the data it shares."
        case .activity: "What the project does, in which phase (planning, design, set-up, implementation, embedding) and when."
        case .output: "What the activities produce, counted: meetings held, staff trained, families reached."
        case .outcome: "A change the project expects, immediate, intermediate or long-term, and for whom."
        case .assumption: "Something that must hold for a link to work, and how strong the evidence for it is."
        case .risk: "Something that could break the plan, how likely and how serious, and what would be done about it."
        case .audit: "An answer to one row of the Audit of Service: what is in place now, what is needed, and progress."
        case .indicator: "How an outcome (or an assumption) is measured: source, baseline, target, frequency and design."
        case .rules: "Changes to the checks for this plan: a rule's id, then `error`, `warning`, `info` or `off`."
        }
    }
}
