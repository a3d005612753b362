extension StarterTemplate {
    /// Group 1 of the Round 2 report: children in need of help and protection.
    static let childrenInNeed = StarterTemplate(
        name: "children-in-need",
        summary: "Children in need of help and protection: early help and multi-disciplinary support for families",
        text: introduction(
            group: "children in need of help and protection",
            aim: """
                children in need of help and protection "will have improved safety, stability, wellbeing, and \
                educational outcomes through early identification of needs and coordinated multi-disciplinary support \
                that builds on the strengths of the family".
                """
        ) + """

            theory "Our plan for children in need of help and protection"
              kind targeted-service
              starts 2025-04
              ends 2028-03
              framework dfe-7x7
              description "Children in need of help and protection are safer, more stable and do better at school"

            cohort children "Children in need of help and protection, and their families"
              size 200
              recruit 250
              eligibility "Say who the project works with: for example, children on a child in need plan"

            input funding "Project funding"
            input practitioners "Social workers and family support workers"
            input partners "Partners from health, schools and the police"

            \(PracticeChanges.comments)
            activity co-design "Design the front door and the support with families, staff and partners"
              phase design
              from month 1 to month 4
              uses partners

            activity front-door "Identify needs early with partners, at one front door"
              phase set-up
              from month 4 to month 12
              uses funding, partners
              involves restructuring

            activity family-support "Co-ordinated, multi-disciplinary support that builds on the family's strengths"
              phase implementation
              from month 10 to month 36
              uses practitioners
              features strengths-based, multi-disciplinary, family-focus

            activity embed "Make the new way of working part of supervision, recording and induction"
              phase embedding
              from month 30 to month 36
              features group-case-discussion

            output families-supported "Families supported"
              target 200 families by month 36

            \(CommonOutcomes.comments([.children, .families, .parents, .services]))
            outcome right-help "Families get the right help at the right time"
              horizon immediate
              for families
              indicator help-in-time "Families who say they got help when they needed it"
                measure percentage
                direction up
                source "Family survey when a case closes"
                frequency quarterly
                baseline collected from month 1
                target 80% by month 24

            outcome safer-at-home "Children are safer and more stable at home"
              horizon intermediate
              for children
              indicator re-referred "Children referred again within 12 months of their case closing"
                measure percentage
                direction down
                source "Children's social care case records"
                frequency quarterly
                baseline available
                target 15% by month 36

            outcome fewer-cpp "Fewer children need a child protection plan"
              horizon long-term
              for children
              contributes-to reducing-risk
              expected by month 36
              indicator cpp-rate "Child protection plans per 10,000 children"
                measure rate
                direction down
                source "Children in Need Census"
                frequency annually
                baseline available
                target 40 by month 36
              indicator child-wellbeing "Children's wellbeing, in their own words"
                measure score
                direction up
                source "A wellbeing measure completed with each child"
                frequency six-monthly
                baseline collected from month 1
                target 10% by month 36

            assumption families-engage "Families take up the help they are offered"
              evidence moderate
              indicator take-up "Families who accept the support offered"
                measure percentage
                direction up
                source "Case records"
                frequency quarterly
                baseline collected from month 1
                target 75% by month 12

            co-design -> front-door -> right-help
            family-support -> families-supported -> right-help -> safer-at-home -> fewer-cpp
              assuming families-engage
            embed -> right-help

            risk staff-turnover "Social worker turnover slows the change"
              likelihood medium
              impact high
              mitigation "Say what you will do about it"
              affects family-support

            """
    )
}
