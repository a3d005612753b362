/// Table 2 of the Round 2 final report (2020), "Common Areas of Practice and System Change in Innovation
/// Programme Theories of Change" [000:260-268], in the report's words.
enum PracticeChanges {
    static let areas: [(name: String, description: String)] = [
        ("Evidence-informed practice methodologies", "Promoting understanding of evidence, and of concepts and theories; promoting shared language, values, and ways of working"),
        ("Team structures", "Getting the right configuration of team roles and mix of skill sets, as well as team remits, protocols, thresholds, and referral pathways"),
        ("Leadership", "Ensuring a clear vision is communicated well, and widely understood; modelling the model and providing relevant support and permissions."),
        ("Intervention techniques and tools", "Supporting skilled practice in line with evidence-informed practice methodologies"),
        ("Service structures", "Getting the right configuration of services and teams, including service front doors, remits, protocols, thresholds, and referral pathways"),
        ("Culture", "Promoting normative values, attitudes, behaviours, and priorities that support good practice in line with evidence-informed practice methodologies"),
        ("Training staff", "Ensuring understanding of and skills in evidence-informed practice methodologies; promoting shared language, values, and ways of working"),
        ("Partnerships", "Fostering efficient, effective, coordinated partnership working, good communication and relationships, and shared responsibility for outcomes"),
        ("Recording and IT", "Efficient, accessible, and in line with practice model; supporting inter-agency working (in some cases)"),
        ("Supervision", "Developing team and staff strengths and confidence, providing (often multi-disciplinary) input on cases, and ensuring focus on children, families, and outcomes"),
        ("Direct work", "Providing more time for skilled, strengths-based, relational direct work; taking approaches in line with practice methodologies, techniques, and tools"),
        ("Assessment", "Ensuring performance metrics measure what is important about practice and outcomes; ensuring accountability processes encourage learning and reflection"),
    ]

    /// The comment listing the areas, as ideas for activities.
    static var comments: String {
        CommentBlock.wrap("""
            Areas of practice and system change that projects commonly worked on (Round 2 final report, Table 2 \
            [000:260-268]). Each can become an activity below:
            """) + areas.map { CommentBlock.wrap("  \($0.name): \($0.description)", indent: "    ") }.joined()
    }
}
