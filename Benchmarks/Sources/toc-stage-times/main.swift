import EditingSession
import Foundation
import TocGraphviz
import TocKit
import TocLang

// Times each stage of `toc check` and `toc render` in process on one plan file, and Graphviz's own parser on the
// same diagram, for the stage table of `scripts/bench.sh`:
//
//   toc-stage-times plan.toc [runs] [--no-layout]
//
// Prints one `stage<TAB>milliseconds` line per stage, each the median of `runs` runs (default 5; layout and render,
// which take minutes on large plans, run once). Unlike the benchmark suite, no malloc interposer slows allocation.
var arguments = Array(CommandLine.arguments.dropFirst())
let layout = !arguments.contains("--no-layout")
arguments.removeAll { $0 == "--no-layout" }
guard let path = arguments.first else { fatalError("usage: toc-stage-times plan.toc [runs] [--no-layout]") }
let runs = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5

/// The median wall time of `runs` runs of `work`, in milliseconds.
func median<T>(_ runs: Int, _ work: () throws -> T) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let result = try work()
        let elapsed = ContinuousClock.now - start
        withExtendedLifetime(result) {}
        times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[times.count / 2]
}

func report(_ stage: String, _ milliseconds: Double) {
    print("\(stage)\t\(String(format: "%.1f", milliseconds))")
}

let file = try PlanLoader.load(path: path)
let tree = Parser.parse(file)
let (model, _) = ModelBuilder.build(tree)
let analysis = Analysis(file: file)
let dot = Renderer.dot(analysis)

report("parse", median(runs) { Parser.parse(file) })
report("build", median(runs) { ModelBuilder.build(tree) })
report("rules", median(runs) { Checker.run(model, syntax: tree, framework: analysis.framework) })
report("check", median(runs) { Analysis(file: file) })
report("dot", median(runs) { Renderer.dot(analysis) })
// What `toc lsp` does when a debounced check falls due after a one-character edit (issue 6: under 20 ms at 1,000).
let session = EditingSession(plan: file.text)
var edits = 0
report("lsp-recheck", median(max(runs, 21)) {
    edits += 1
    return session.editAndRecheck(edits)
})
report("graphviz-parse", try median(runs) { try Graphviz.read(dot: dot) })
if layout {
    report("layout-render", try median(1) { try Renderer.render(dot: dot, format: .svg) })
}
