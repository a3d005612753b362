extension StarterTemplate {
    /// Group 2 of the Round 2 report: looked after children.
    static let lookedAfterChildren = StarterTemplate(
        name: "looked-after-children",
        summary: "Looked after children: better supported carers, better matched and more stable placements",
        text: introduction(
            group: "looked after children",
            aim: """
                looked after children "will have more stability in their placements and feel better supported with \
                more positive futures through better supported carers, better matched placements, and coordinated and \
                consistent support from services".
                """
        ) + """

            theory "Our plan for looked after children"
              kind targeted-service
              starts 2025-04
              ends 2028-03
              framework dfe-7x7
              description "Looked after children have more stable placements and feel better supported"

            cohort children-in-care "Looked after children and their foster carers"
              size 120
              recruit 150
              eligibility "Say who the project works with: for example, children in foster care aged 5 to 15"

            input funding "Project funding"
            input carer-support "A support team for foster carers"

            \(PracticeChanges.comments)
            activity co-design "Design matching and carer support with children, carers and social workers"
              phase design
              from month 1 to month 4
              uses funding

            activity match "Commission placements that match children and carers with more care"
              phase set-up
              from month 4 to month 12
              uses funding
              features systemic
              involves new-commissioning

            activity support-carers "Train and support foster carers, with peer groups"
              phase implementation
              from month 6 to month 36
              uses carer-support
              features strengths-based, intensity-consistency
              involves training

            activity embed "Make carer support part of the fostering service's usual offer"
              phase embedding
              from month 30 to month 36

            output carers-trained "Foster carers trained and supported"
              target 80 carers by month 24

            \(CommonOutcomes.comments([.children, .carers, .services], childrenLines: [0, 1]))
            outcome carers-confident "Carers feel well supported and well trained"
              horizon immediate
              for carers
              indicator carer-survey "Carers who say they get the support and training they need"
                measure percentage
                direction up
                source "Annual foster carer survey"
                frequency annually
                baseline available
                target 85% by month 24

            outcome placements-hold "Placements last: fewer unplanned endings"
              horizon intermediate
              for children
              contributes-to greater-stability
              indicator unplanned-endings "Placements that end without being planned"
                measure percentage
                direction down
                source "Placement records"
                frequency quarterly
                baseline available
                target 10% by month 36

            outcome stable-lives "Looked after children have more stability and more positive futures"
              horizon long-term
              for children
              contributes-to greater-stability
              expected by month 36
              indicator placement-moves "Looked after children with 3 or more placements in a year"
                measure percentage
                direction down
                source "SSDA903 return"
                frequency annually
                baseline available
                target 7% by month 36

            assumption carers-stay "Carers keep caring while the project runs"
              evidence moderate
              indicator carers-leaving "Foster carers who stop caring each year"
                measure percentage
                direction down
                source "Fostering service records"
                frequency quarterly
                baseline available
                target 10% by month 36

            co-design -> match -> carers-confident
            support-carers -> carers-trained -> carers-confident -> placements-hold -> stable-lives
              assuming carers-stay
            embed -> carers-confident

            risk recruitment "Fewer foster carers join than planned"
              likelihood medium
              impact medium
              mitigation "Say what you will do about it"
              affects support-carers

            """
    )
}
