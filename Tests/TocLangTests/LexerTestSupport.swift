import TocDiagnostics
@testable import TocLang

/// Helpers shared by the lexer and parser tests.
enum Lex {
    static func lines(_ text: String) -> (lines: [LexedLine], diagnostics: [Diagnostic]) {
        Lexer.lex(SourceFile(path: "test.toc", text: text))
    }

    /// Every token of the text, line after line.
    static func tokens(_ text: String) -> [Token] {
        lines(text).lines.flatMap(\.tokens)
    }

    static func kinds(_ text: String) -> [Token.Kind] {
        tokens(text).map(\.kind)
    }

    static func diagnostics(_ text: String) -> [Diagnostic] {
        lines(text).diagnostics
    }

    /// The text a token's range covers.
    static func source(of token: Token, in text: String) -> String {
        SourceFile(path: "test.toc", text: text).text(in: token.range)
    }
}

extension String {
    /// The UTF-8 offset of the first occurrence of `needle`.
    func offset(of needle: String) -> Int {
        let found = range(of: needle)!
        return utf8.distance(from: utf8.startIndex, to: found.lowerBound)
    }
}

/// The whole example of the language sketch (docs/language-sketch), which must parse without a single diagnostic.
enum SketchExample {
    static let text = """
        theory "Lincolnshire Partners in Practice"
          kind system-change
          starts 2017-08
          ends 2020-03
          framework dfe-7x7

        cohort adolescents "Young people aged 14-18 meeting the Adolescent Profile of Need"
          size 300
          recruit 360

        input grant "DfE Innovation Programme funding"
        input advisors "Practice Advisors across the county"

        activity embed-sos "Embed Signs of Safety across children's services and partners"
          phase implementation
          from month 1 to month 30
          uses grant, advisors
          features strengths-based, systemic, group-case-discussion
          involves training

        activity future4me "Future4Me: Youth Offending staff integrated with Early Help"
          phase set-up
          from month 1 to month 9
          involves restructuring
          features multi-disciplinary, intensity-consistency, family-focus

        output trained-staff "Staff and partners trained in Signs of Safety"
          target 3000 people by 2019-03

        outcome shared-language "A shared practice language across agencies"
          horizon immediate
          for staff

        outcome less-reoffending "Fewer young people reoffend"
          horizon long-term
          for children
          contributes-to reducing-risk
          expected by 2020-03
          indicator reoffending "Reoffending rate within 12 months"
            measure percentage
            direction down
            source "Youth Offending Service and children's services records"
            baseline 41% in 2017 available
            target 30% by 2020-03
            frequency quarterly
            design stronger comparator "historical cohort weighted by inverse probability"

        assumption staff-stay "Staff stay long enough to embed the model"
          evidence moderate

        embed-sos -> trained-staff -> shared-language -> less-reoffending
        future4me -> less-reoffending
          assuming staff-stay

        audit data
          now "Mosaic records referrals; YOS data sit in a separate system"
          needs "A data sharing agreement between YOS and children's services"
          progress "Agreement drafted; sign-off due 2017-11"

        """
}

extension SyntaxTree {
    /// The first declaration with this id.
    func declaration(_ id: String) -> Declaration? {
        declarations.first { $0.id?.text == id }
    }
}

extension Declaration {
    /// The values of the first detail with this name, as written (commas left out).
    func values(_ name: String) -> [String]? {
        properties(named: name).first?.items.map(\.text)
    }
}
