import PlanGenerator

// Writes a generated plan to standard output: `toc-generate-plan 10000 > plan.toc` (elements, default 1,000), or a
// pathological one: `toc-generate-plan chain|label|deep|links`.
let argument = CommandLine.arguments.dropFirst().first ?? "1000"
switch argument {
case "chain": print(PlanGenerator.Pathological.chainOnOneLine(), terminator: "")
case "label": print(PlanGenerator.Pathological.millionCharacterLabel(), terminator: "")
case "deep": print(PlanGenerator.Pathological.deepIndentation(), terminator: "")
case "links": print(PlanGenerator.Pathological.manyLinks(), terminator: "")
default:
    guard let count = Int(argument), count > 0 else {
        fatalError("usage: toc-generate-plan [elements | chain | label | deep | links]")
    }
    print(PlanGenerator.plan(elements: count), terminator: "")
}
