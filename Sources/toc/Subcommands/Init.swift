import ArgumentParser
import Foundation
import TocKit

/// `toc init`: start a plan from a template for one of the Round 2 report's cohort groupings.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",  // given, not derived from the type name at every start (reflection)
        abstract: "Start a new plan from a template, with common outcomes and areas of practice change to choose from.",
        discussion: """
            Examples:
              toc init --list                             the templates
              toc init --template looked-after-children   writes plan.toc
              toc init --template care-leavers -o leavers.toc
              toc init --template whole-system -o -       print it instead

            An existing file is never overwritten.
            """
    )

    @Option(help: "The template to start from (see --list).")
    var template: String?

    @Option(name: .shortAndLong, help: "The new file to write (`-` prints the plan instead).")
    var output = "plan.toc"

    @Flag(help: "List the templates.")
    var list = false

    func run() throws {
        if list {
            let width = StarterTemplate.all.map(\.name.count).max() ?? 0
            for template in StarterTemplate.all {
                Console.out(template.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + template.summary + "\n")
            }
            return
        }
        guard let name = template else {
            throw ValidationError("say which template to start from with --template NAME; `toc init --list` lists them")
        }
        guard let chosen = StarterTemplate.named(name) else {
            let suggestion = Suggestions.didYouMean(name, among: StarterTemplate.all.map(\.name))
            let advice = suggestion.map { "; \($0)" } ?? "; `toc init --list` lists them"
            throw ValidationError("there is no template `\(name)`" + advice)
        }
        if output == "-" {
            Console.out(chosen.text)
            return
        }
        do {
            try chosen.write(toNewFile: output)
        } catch {
            throw Console.fail(error)
        }
        Console.out("Wrote \(output) from the `\(chosen.name)` template. Next: edit it, then run `toc check \(output)`.\n")
    }
}
