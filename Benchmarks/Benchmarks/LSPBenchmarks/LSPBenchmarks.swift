import Benchmark
import Foundation
import EditingSession
import PlanGenerator

// The language server's re-check after an edit (issue 6: under 20 ms for a 1,000-element plan).
//
// One iteration is what happens in `toc lsp` when a debounced check falls due: the edit (a `didChange` with one
// ranged change) is applied, the plan is parsed, built and checked afresh, and the findings are converted and
// encoded as a `publishDiagnostics` notification. Run with `swift package --package-path Benchmarks benchmark
// --target LSPBenchmarks`. The suite's malloc interposer slows every allocation; `toc-stage-times` (in
// `scripts/bench.sh`) times the same session without it, which is what `toc lsp` sees.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 3,
        maxDuration: .seconds(5),
        maxIterations: 200
    )

    for size in [100, 1_000, 10_000] {
        Benchmark("lsp-recheck-after-edit/\(size)") { benchmark in
            let session = EditingSession(plan: PlanGenerator.plan(elements: size))
            benchmark.startMeasurement()
            for iteration in benchmark.scaledIterations {
                blackHole(session.editAndRecheck(iteration))
            }
        }
    }
}
