extension StarterTemplate {
    /// Group 3 of the Round 2 report: young people leaving care.
    static let careLeavers = StarterTemplate(
        name: "care-leavers",
        summary: "Young people leaving care: support, networks and accommodation for a stable start",
        text: introduction(
            group: "young people leaving care",
            aim: """
                young people leaving care "will be more financially stable, more engaged in education, employment or \
                training, and in more appropriate accommodation, with higher wellbeing through the support provided by \
                carers and professionals, improved networks within their communities, and (in some cases) an \
                accommodation offer".
                """
        ) + """

            theory "Our plan for young people leaving care"
              kind targeted-service
              starts 2025-04
              ends 2028-03
              framework dfe-7x7
              description "Care leavers are more financially stable, in education, employment or training, and well housed"

            cohort care-leavers "Young people leaving care"
              size 100
              recruit 130
              eligibility "Say who the project works with: for example, care leavers aged 16 to 21"

            input funding "Project funding"
            input personal-advisers "Personal advisers and mentors"
            input housing "Homes from the council and housing partners"

            \(PracticeChanges.comments)
            activity co-design "Design the offer with care leavers and their personal advisers"
              phase design
              from month 1 to month 3
              uses personal-advisers

            activity networks "Build each young person's network of trusted adults in their community"
              phase implementation
              from month 3 to month 36
              uses personal-advisers
              features direct-work, intensity-consistency

            activity accommodation "Offer supported accommodation when young people leave care"
              phase set-up
              from month 1 to month 12
              uses funding, housing
              involves new-commissioning

            activity embed "Keep the offer going after the project: mentors and housing in the usual budget"
              phase embedding
              from month 30 to month 36

            output young-people-housed "Young people in supported accommodation"
              target 40 "young people" by month 24

            \(CommonOutcomes.comments([.children, .carers, .services], childrenLines: [0, 2]))
            outcome trusted-adults "Young people have adults they trust to turn to"
              horizon immediate
              for care-leavers
              indicator trusted-adult "Young people who name an adult they trust, other than their adviser"
                measure percentage
                direction up
                source "Pathway plan reviews"
                frequency six-monthly
                baseline collected from month 1
                target 75% by month 24

            outcome settled-home "Young people live in accommodation that suits them"
              horizon intermediate
              for care-leavers
              contributes-to greater-stability
              indicator suitable-home "Care leavers aged 19 to 21 in suitable accommodation"
                measure percentage
                direction up
                source "SSDA903 return"
                frequency annually
                baseline available
                target 95% by month 36

            outcome in-eet "More care leavers are in education, employment or training"
              horizon long-term
              for care-leavers
              contributes-to increasing-wellbeing
              expected by month 36
              indicator eet-rate "Care leavers aged 19 to 21 in education, employment or training"
                measure percentage
                direction up
                source "SSDA903 return"
                frequency annually
                baseline available
                target 65% by month 36

            assumption housing-available "Enough suitable homes are available"
              evidence weak
              indicator homes-offered "Homes offered by housing partners"
                measure count
                direction up
                source "Housing partners' lettings records"
                frequency quarterly
                baseline available
                target 40 by month 24

            co-design -> networks -> trusted-adults -> settled-home -> in-eet
            co-design -> accommodation
            embed -> trusted-adults
            accommodation -> young-people-housed -> trusted-adults
              assuming housing-available

            risk housing-shortage "Housing partners cannot offer enough homes"
              likelihood medium
              impact high
              mitigation "Say what you will do about it"
              affects accommodation

            """
    )
}
