import ArgumentParser
import TocKit

/// `toc explain`: why a rule exists, with its evidence.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",  // given, not derived from the type name at every start (reflection)
        abstract: "Explain a rule: what it finds, why it matters, and the evidence behind it.",
        discussion: """
            Examples:
              toc explain skipped-stage
              toc explain                list every rule
            """
    )

    @Argument(help: "The rule's id, as shown in brackets in `toc check` output.")
    var rule: String?

    func run() throws {
        guard let id = rule else {
            Console.out(RuleCatalog.listing())
            return
        }
        guard let found = RuleRegistry.rule(id: id.lowercased()) else {
            let suggestion = Suggestions.didYouMean(id, among: RuleRegistry.all.map(\.id))
            throw ValidationError("there is no rule `\(id)`" + (suggestion.map { "; \($0)" } ?? "; run `toc explain` to list them"))
        }
        Console.out(RuleCatalog.explanation(of: found))
    }
}
