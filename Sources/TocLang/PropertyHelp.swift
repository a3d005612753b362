/// Example values for each detail, used in hints ("for example `phase implementation`") and in the language docs.
public enum PropertyHelp {
    public static func example(for property: String) -> String? {
        examples[property]
    }

    static let examples: [String: String] = [
        "affects": "affects embed-sos, future4me",
        "assuming": "assuming staff-stay, police-share-data",
        "baseline": "baseline 41% in 2017 available",
        "because": "because \"co-located specialists act on risk sooner\"",
        "comparator": "comparator \"historical cohort weighted by inverse probability\"",
        "contributes-to": "contributes-to reducing-risk",
        "definition": "definition \"Share of young people who reoffend within 12 months\"",
        "description": "description \"What this is, in a sentence\"",
        "design": "design stronger",
        "direction": "direction down",
        "disaggregation": "disaggregation age, gender, ethnicity",
        "eligibility": "eligibility \"Aged 14-18 and meeting the Adolescent Profile of Need\"",
        "ends": "ends 2020-03",
        "evidence": "evidence moderate",
        "expected": "expected by 2020-03",
        "features": "features strengths-based, systemic",
        "for": "for children, families",
        "framework": "framework dfe-7x7",
        "frequency": "frequency quarterly",
        "from": "from month 1 to month 30",
        "horizon": "horizon intermediate",
        "impact": "impact high",
        "involves": "involves restructuring",
        "kind": "kind system-change",
        "likelihood": "likelihood medium",
        "measure": "measure percentage",
        "method": "method \"Case records extracted from Mosaic\"",
        "mitigation": "mitigation \"A second-in-command for each key post\"",
        "needs": "needs \"A data sharing agreement with the Youth Offending Service\"",
        "now": "now \"Referrals are recorded in Mosaic\"",
        "owner": "owner \"Performance team\"",
        "phase": "phase implementation",
        "progress": "progress \"Agreement drafted; sign-off due 2017-11\"",
        "recruit": "recruit 360",
        "size": "size 300",
        "source": "source \"SSDA903 return\"",
        "starts": "starts 2017-08",
        "target": "target 30% by 2020-03",
        "unit": "unit \"per 10,000 children\"",
        "uses": "uses grant, advisors",
    ]
}
