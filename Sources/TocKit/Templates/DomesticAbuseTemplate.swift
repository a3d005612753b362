extension StarterTemplate {
    /// Group 4 of the Round 2 report: families experiencing domestic abuse.
    static let domesticAbuse = StarterTemplate(
        name: "domestic-abuse",
        summary: "Families experiencing domestic abuse: skilled multi-disciplinary teams working with the whole family",
        text: introduction(
            group: "families experiencing domestic abuse",
            aim: """
                families experiencing domestic abuse "will experience a reduction in risk of abuse occurring, and \
                greater safety, stability and wellbeing through skilled multi-disciplinary teams who work with the \
                whole family to address risks".
                """
        ) + """

            theory "Our plan for families experiencing domestic abuse"
              kind targeted-service
              starts 2025-04
              ends 2028-03
              framework dfe-7x7
              description "Families experiencing domestic abuse are safer and more stable, with higher wellbeing"

            cohort families "Families experiencing domestic abuse"
              size 150
              recruit 200
              eligibility "Say who the project works with: for example, families referred after a police notification"

            input funding "Project funding"
            input specialists "Domestic abuse specialists and adult mental health and substance misuse workers"

            \(PracticeChanges.comments)
            activity co-design "Design the team and its ways of working with survivors, families and partners"
              phase design
              from month 1 to month 4
              uses funding

            activity build-team "Bring specialists into the social work team"
              phase set-up
              from month 4 to month 12
              uses funding, specialists
              involves restructuring

            activity whole-family "Work with the whole family, including the adult who harms, to address risks"
              phase implementation
              from month 12 to month 36
              features multi-disciplinary, family-focus, group-case-discussion
              involves training

            activity embed "Fund the specialist posts from the usual budget"
              phase embedding
              from month 30 to month 36

            output families-worked-with "Families worked with by the whole team"
              target 150 families by month 36

            \(CommonOutcomes.comments([.children, .parents, .families, .services]))
            outcome risk-understood "Practitioners and families understand the risks and plan for safety together"
              horizon immediate
              for families, staff
              indicator safety-plans "Families with a safety plan made with them"
                measure percentage
                direction up
                source "Case records"
                frequency quarterly
                baseline collected from month 1
                target 90% by month 24

            outcome parents-change "Parents get help with abuse, mental health and substance misuse"
              horizon intermediate
              for parents
              indicator goals-met "Parents who meet the goals in their plan"
                measure percentage
                direction up
                source "Case records"
                frequency quarterly
                baseline collected from month 1
                target 60% by month 36

            outcome safer-families "Children and adults are safer: abuse happens less often"
              horizon long-term
              for children, families
              contributes-to reducing-risk
              expected by month 36
              indicator repeat-incidents "Repeat police call-outs for domestic abuse to supported families"
                measure count
                direction down
                source "Police data, through an information sharing agreement"
                frequency quarterly
                baseline collected from month 1
                target 100 by month 36
              indicator feel-safe "Children and adults who say they feel safe at home"
                measure percentage
                direction up
                source "Survey at the start and end of support"
                frequency quarterly
                baseline collected from month 1
                target 80% by month 36

            assumption police-share "The police share incident data each quarter"
              evidence moderate
              indicator data-received "Quarters in which the police data arrived on time"
                measure count
                direction up
                source "Performance team log"
                frequency quarterly
                baseline collected from month 1
                target 10 by month 36

            co-design -> build-team -> whole-family -> families-worked-with -> risk-understood -> parents-change -> safer-families
              assuming police-share
            embed -> risk-understood

            risk data-sharing "The information sharing agreement takes months to sign"
              likelihood high
              impact medium
              mitigation "Say what you will do about it"
              affects whole-family

            """
    )
}
