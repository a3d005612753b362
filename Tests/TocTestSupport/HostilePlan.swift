/// A plan whose every piece of free text is an attack on the HTML it ends up in: script tags, attribute break-outs
/// with event handlers, `javascript:` URLs, text that closes `<style>` or `<title>`, comments, entities and Markdown
/// markup. Each payload that ran would leave a mark: `document.title` starting with `PWNED`, or a `data-pwned`
/// attribute on the body.
public enum HostilePlan {
    /// What a payload that ran would set the title to.
    public static let titleMarker = "PWNED"
    /// The attribute a payload that ran would set on the body.
    public static let attributeMarker = "data-pwned"

    public static let payloads = [
        "<script>document.title='PWNED'</script>",
        "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
        "javascript:document.body.setAttribute('data-pwned','js')",
        "</style><style>body{display:none}</style>",
        "</title><script>document.title='PWNED'</script><title>",
        "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>",
        "'><iframe srcdoc='<script>parent.document.body.setAttribute(`data-pwned`,`iframe`)</script>'></iframe>",
        "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">click me</a>",
        "<!-- --><meta http-equiv=\"refresh\" content=\"0;url=javascript:document.title='PWNED'\">",
        "&lt;b&gt; &amp; & &#60;script&#62;",
        "`code` *bold* [link](javascript:alert(1)) <b>x</b> | pipe # heading",
        "]]></svg><script>document.title='PWNED'</script>",
    ]

    /// The plan. It has errors (an undefined id), warnings, notes and a suppressed finding, so every part of an audit
    /// carries plan text.
    public static var text: String {
        func q(_ index: Int) -> String { quoted(payloads[index % payloads.count]) }
        return """
            theory \(q(0))
              kind system-change
              starts 2020-01
              ends 2022-12
              description \(q(1))

            cohort families \(q(2))
              size 300
              recruit 300
              eligibility \(q(3))
              description \(q(4))

            input grant \(q(4))
              description \(q(5))
            # toc-ignore: unused-input \(payloads[10])
            input spare \(q(6))

            activity restructure \(q(1))
              description \(q(5))
              phase implementation
              from month 2 to month 30
              uses grant
              involves restructuring, training

            output reached \(q(6))
              target 40 \(q(7)) by month 12

            outcome better \(q(7))
              horizon immediate
              for families
              description \(q(11))
              indicator measure-better \(q(8))
                definition \(q(9))
                unit \(q(10))
                source \(q(11))
                method \(q(0))
                owner \(q(1))
                design stronger comparator \(q(2))

            outcome safer \(q(3))
              horizon long-term
              for children

            assumption stays \(q(9))
              evidence weak
              description \(q(10))

            restructure -> reached -> better -> safer
              assuming stays
              because \(q(11))
            better -> undefined-thing

            risk leavers \(q(2))
              likelihood high
              impact high
              mitigation \(q(3))
              description \(q(4))
              affects restructure

            audit data \(q(5))
              now \(q(0))
              needs \(q(1))
              progress \(q(2))

            audit lead-in
              now \(q(7))
              needs \(q(8))

            """
    }

    /// A `.toc` string literal for any text.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
