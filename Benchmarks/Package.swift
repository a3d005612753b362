// swift-tools-version: 6.1
import PackageDescription

/// Benchmarks for toc, in their own package so that `swift build` and `swift test` at the top never resolve or build
/// the benchmark framework. Run them with `scripts/bench.sh` (or `swift package --package-path Benchmarks benchmark`).
let package = Package(
    name: "TocBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "toc", path: ".."),
        // The malloc interposer (not jemalloc) gives the malloc and peak-memory metrics.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Plans of any size, the same for every run.
        .target(name: "PlanGenerator"),
        // `swift run --package-path Benchmarks -c release toc-generate-plan 10000 > plan.toc`
        .executableTarget(name: "toc-generate-plan", dependencies: ["PlanGenerator"]),
        // `toc-stage-times plan.toc`: each stage in process, without the suite's malloc interposer (scripts/bench.sh).
        .executableTarget(name: "toc-stage-times", dependencies: ["EditingSession", .product(name: "TocKit", package: "toc")]),
        // A language server with one plan open and an editor typing into it (`lsp-recheck-after-edit`).
        .target(name: "EditingSession", dependencies: [.product(name: "TocLSP", package: "toc")]),
        // The benchmark plugin expects each suite in Benchmarks/<name>/.
        .executableTarget(
            name: "TocBenchmarks",
            dependencies: [
                "PlanGenerator",
                .product(name: "TocKit", package: "toc"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TocBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The language server's re-check after an edit.
        .executableTarget(
            name: "LSPBenchmarks",
            dependencies: [
                "PlanGenerator",
                "EditingSession",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/LSPBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
