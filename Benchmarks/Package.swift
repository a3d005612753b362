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
    ]
)
