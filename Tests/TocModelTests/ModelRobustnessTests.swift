import TocDiagnostics
import TocLang
@testable import TocModel
import XCTest

/// A small, seeded generator (SplitMix64), so a failing input can be reproduced.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The model builder must take any tree the parser returns, however broken, and keep every range inside the file.
final class ModelRobustnessTests: XCTestCase {
    func testRandomPlansNeverCrashTheBuilder() {
        var generator = SeededGenerator(seed: 1029)
        let starts = ["theory \"T\"", "cohort c", "input g", "activity a", "output o", "outcome x", "assumption s", "risk r",
                      "audit data", "a -> o", "a, g -> x -> o", "x -> s", "theory", "activity"]
        let details = [
            "kind", "starts", "ends", "size", "recruit", "phase", "from", "uses", "involves", "target", "horizon", "for",
            "expected", "evidence", "likelihood", "affects", "assuming", "because", "indicator i", "baseline", "design",
            "direction", "frequency", "description", "now", "measure", "disaggregation", "comparator", "contributes-to",
        ]
        let values = [
            "month", "1", "0", "to", "by", "in", "at", "from", "collected", "available", "comparator", "2019-03", "2019-02-29",
            "41%", "2.5", "3000", "2017", "\"text\"", "“curly”", "implemention", "long-term", "setup", ",", ":", "g", "a", "x",
            "s", "99999999999999999999", "9223372036854775807", "-", "->", "{",
        ]
        for _ in 0..<2_000 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                lines.append(starts.randomElement(using: &generator)!)
                for _ in 0..<Int.random(in: 0...4, using: &generator) {
                    let indent = ["  ", "    ", "\t", "   "].randomElement(using: &generator)!
                    let words = (0..<Int.random(in: 0...5, using: &generator)).map { _ in values.randomElement(using: &generator)! }
                    lines.append(indent + ([details.randomElement(using: &generator)!] + words).joined(separator: " "))
                }
            }
            let file = SourceFile(path: "fuzz.toc", text: lines.joined(separator: "\n"))
            let (model, diagnostics) = ModelBuilder.build(Parser.parse(file))
            let size = file.utf8.count
            let ranges = diagnostics.flatMap { [$0.range] + $0.notes.map(\.range) + $0.fixIts.map(\.range) }
                + model.links.map(\.range) + model.unresolved.map(\.reference.range)
                + model.nodes.values.flatMap { [$0.range, $0.declarationRange] }
            for range in ranges where !(0 <= range.start && range.start <= range.end && range.end <= size) {
                return XCTFail("range \(range) outside the file:\n\(file.text)")
            }
            // Resolving every time point must not trap either.
            let start = model.theory?.starts
            for node in model.nodes.values {
                _ = node.window?.start?.resolved(planStart: start)
                _ = node.window?.end?.resolved(planStart: start)
                _ = node.expected?.resolved(planStart: start)
            }
            _ = CausalGraph(model).cycles()
        }
    }
}
