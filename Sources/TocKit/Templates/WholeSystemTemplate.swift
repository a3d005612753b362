extension StarterTemplate {
    /// Group 5 of the Round 2 report: whole social work systems.
    static let wholeSystem = StarterTemplate(
        name: "whole-system",
        summary: "Whole social work systems: a new practice model, training and restructured teams and supervision",
        text: introduction(
            group: "a whole social work system",
            aim: """
                whole social work systems "will have greater workforce stability, and more consistent high quality \
                practice that works in partnership with families and across services, and achieves better outcomes \
                for children and families through new methods of social work practice, training, and reconfiguration \
                of service and team structures and processes such as supervision".
                """
        ) + """

            theory "Our plan for changing our whole social work system"
              kind system-change
              starts 2025-04
              ends 2030-03
              framework dfe-7x7
              description "A stable workforce practises consistently well, with families and across services"

            input funding "Project funding"
            input practice-leads "Practice leads who coach teams in the new model"

            \(PracticeChanges.comments)
            activity choose-model "Choose a practice model with staff and families"
              phase design
              from month 1 to month 6
              uses funding
              features strengths-based, systemic

            activity train-staff "Train every practitioner and manager in the practice model"
              phase set-up
              from month 6 to month 18
              uses practice-leads
              involves training

            activity restructure "Reorganise teams around group supervision"
              phase set-up
              from month 6 to month 18
              features group-case-discussion
              involves restructuring

            activity practise "Practise the model with families, with group supervision every week"
              phase implementation
              from month 18 to month 54
              uses practice-leads
              features group-case-discussion, family-focus

            activity embed "Build the model into recording, audit, induction and budgets"
              phase embedding
              from month 42 to month 60

            output staff-trained "Practitioners and managers trained"
              target 95% "of practitioners" by month 18

            \(CommonOutcomes.comments([.staff, .workforce, .services, .families, .children]))
            outcome shared-practice "Staff share one practice model and feel confident using it"
              horizon immediate
              for staff
              indicator confident "Practitioners who feel confident using the practice model"
                measure percentage
                direction up
                source "Staff survey"
                frequency six-monthly
                baseline collected from month 1
                target 80% by month 24

            outcome staff-supported "Staff feel supported by supervision, managers, training and tools"
              horizon intermediate
              for staff
              contributes-to staff-wellbeing
              indicator supported "Practitioners who feel supported by their supervision"
                measure percentage
                direction up
                source "Staff survey"
                frequency six-monthly
                baseline collected from month 1
                target 80% by month 36

            # Change in children's and families' outcomes takes about 5 years to show after a whole system changes
            # [000:862]. Expect it after this plan; here, measure the workforce and practice outcomes that come first.
            outcome stable-workforce "A stable, skilled workforce: fewer leavers and agency staff"
              horizon long-term
              for workforce
              contributes-to reducing-turnover
              expected by month 54
              indicator turnover "Social worker turnover rate"
                measure percentage
                direction down
                source "Children's social work workforce statistics"
                frequency annually
                baseline available
                target 12% by month 54

            assumption leaders-stay "Senior leaders stay and keep backing the model"
              evidence moderate
              indicator leadership-changes "Changes of director or assistant director of children's services"
                measure count
                direction stable
                source "Council records"
                frequency quarterly
                baseline collected from month 1
                target 0 by month 60

            choose-model -> train-staff -> staff-trained -> shared-practice -> staff-supported -> stable-workforce
              assuming leaders-stay
            choose-model -> restructure -> shared-practice
            practise, embed -> shared-practice

            risk leaders-leave "Senior leaders leave and the change stalls"
              likelihood medium
              impact high
              mitigation "Keep written records of what was decided, when and why"
              affects train-staff, restructure

            """
    )
}
