import Benchmark
import Foundation
import PlanGenerator
import TocGraphviz
import TocKit
import TocLang

// toc's stages on generated plans of 100, 1,000 and 10,000 elements, against Graphviz itself on the same diagram:
// its parser (`agmemread`, in-process) and its layout and rendering (`dot -Tsvg`, a process), plus the pathological
// plans of docs/limits.md. Run with `scripts/bench.sh`; results and targets are in docs/performance.md.
//
// Names are `stage/size`, so `--filter 'check/.*'` picks one stage and `--filter '.*/10000'` one size.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 50
    )
    // Layout takes minutes at 10,000 elements: a few samples are enough.
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 0,
        maxDuration: .seconds(1), maxIterations: 3
    )

    for size in Fixture.sizes {
        // What `toc check` does, stage by stage, and all together.
        Benchmark("parse/\(size)") { benchmark in
            let file = Fixture.file(size)
            for _ in benchmark.scaledIterations { blackHole(Parser.parse(file)) }
        }
        Benchmark("build/\(size)") { benchmark in
            let tree = Fixture.tree(size)
            for _ in benchmark.scaledIterations { blackHole(ModelBuilder.build(tree)) }
        }
        Benchmark("rules/\(size)") { benchmark in
            let (tree, model) = (Fixture.tree(size), Fixture.model(size))
            for _ in benchmark.scaledIterations { blackHole(Checker.run(model, syntax: tree)) }
        }
        Benchmark("check/\(size)") { benchmark in
            let file = Fixture.file(size)
            for _ in benchmark.scaledIterations { blackHole(Analysis(file: file)) }
        }
        // The diagram.
        Benchmark("dot-emit/\(size)") { benchmark in
            let analysis = Fixture.analysis(size)
            for _ in benchmark.scaledIterations { blackHole(Renderer.dot(analysis)) }
        }
        Benchmark("graphviz-read/\(size)") { benchmark in
            let dot = Fixture.dot(size)
            for _ in benchmark.scaledIterations { blackHole(try Graphviz.read(dot: dot)) }
        }
        Benchmark("render-svg/\(size)", configuration: size >= 10_000 ? slow : Benchmark.defaultConfiguration) { benchmark in
            let analysis = Fixture.analysis(size)
            for _ in benchmark.scaledIterations { blackHole(try Renderer.render(analysis, format: .svg)) }
        }
        if let dotCommand = Fixture.dotCommand {
            Benchmark("dot-Tsvg-process/\(size)", configuration: size >= 10_000 ? slow : Benchmark.defaultConfiguration) { benchmark in
                let path = Fixture.dotFile(size)
                for _ in benchmark.scaledIterations { try Fixture.run(dotCommand, ["-Tsvg", path, "-o", "/dev/null"]) }
            }
        }
    }

    // Pathological plans: each must finish (quickly).
    for (name, text) in Fixture.pathological {
        Benchmark("pathological-check/\(name)") { benchmark in
            let file = SourceFile(path: "\(name).toc", text: text())
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(Analysis(file: file)) }
        }
    }
}

/// Plans and their products, made once per process on first use.
enum Fixture {
    static let sizes = [100, 1_000, 10_000]

    static let pathological: [(String, @Sendable () -> String)] = [
        ("chain-10000-links-one-line", { PlanGenerator.Pathological.chainOnOneLine() }),
        ("label-1000000-characters", { PlanGenerator.Pathological.millionCharacterLabel() }),
        ("indentation-10000-deep", { PlanGenerator.Pathological.deepIndentation() }),
        ("links-100000", { PlanGenerator.Pathological.manyLinks() }),
    ]

    private static let files: [Int: SourceFile] = Dictionary(uniqueKeysWithValues: sizes.map {
        ($0, SourceFile(path: "plan-\($0).toc", text: PlanGenerator.plan(elements: $0)))
    })
    private static let analyses: [Int: Analysis] = files.mapValues { Analysis(file: $0) }
    private static let dots: [Int: String] = analyses.mapValues { Renderer.dot($0) }
    private static let dotFiles: [Int: String] = dots.mapValues { dot in
        let path = NSTemporaryDirectory() + "toc-benchmark-\(UUID().uuidString).dot"
        FileManager.default.createFile(atPath: path, contents: Data(dot.utf8))
        return path
    }

    static func file(_ size: Int) -> SourceFile { files[size]! }
    static func tree(_ size: Int) -> SyntaxTree { analyses[size]!.syntax }
    static func model(_ size: Int) -> TheoryModel { analyses[size]!.model }
    static func analysis(_ size: Int) -> Analysis { analyses[size]! }
    static func dot(_ size: Int) -> String { dots[size]! }
    static func dotFile(_ size: Int) -> String { dotFiles[size]! }

    /// Graphviz's `dot` command, if installed (`apt-get install graphviz`; used only here, never by toc).
    static let dotCommand: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ command: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { fatalError("\(command) \(arguments) failed (\(process.terminationStatus))") }
    }
}
