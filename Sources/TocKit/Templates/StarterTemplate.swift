/// A starter plan for `toc init`: a complete small plan for one of the cohort groupings of the Innovation Programme
/// Round 2 final report (2020), with that group's common outcomes and the common areas of practice change as
/// comments to choose from. Every template passes `toc check --strict` as written.
public struct StarterTemplate: Sendable, Hashable {
    /// The name given to `toc init --template`: `children-in-need`.
    public let name: String
    /// One line for `toc init --list`.
    public let summary: String
    /// The plan.
    public let text: String
}

extension StarterTemplate {
    /// Every template, in the report's order of the cohort groupings.
    public static let all: [StarterTemplate] = [childrenInNeed, lookedAfterChildren, careLeavers, domesticAbuse, wholeSystem]

    /// The template with this name (ignoring case), if there is one.
    public static func named(_ name: String) -> StarterTemplate? {
        all.first { $0.name == name.lowercased() }
    }

    /// The opening comment every template shares: what the file is and how to make it your own.
    static func introduction(group: String, aim: String) -> String {
        CommentBlock.wrap("""
            A starter plan for a project with \(group), made by `toc init`. Replace the words in quotes with your own, \
            rename ids if you like (small letters, digits and dashes), and delete what does not fit. Then run \
            `toc check` on this file to see what is missing, and `toc render` to draw it.
            """) + "#\n" + CommentBlock.wrap("""
            The Round 2 final report of the Children's Social Care Innovation Programme (2020) summed up what projects \
            for this group aimed for: \(aim) [000:234-244]
            """)
    }
}
