import TocKit
import TocLang
import XCTest

/// Properties of the whole pipeline on random plans (the formatter's generator, `RandomPlanBuilder`, from fixed seeds
/// so every run checks the same plans and a failure can be replayed): on valid plans and on plans broken at random,
/// no stage crashes, every finding points inside the file, our DOT is always read by Graphviz's own parser, and the
/// SVG is always well-formed XML. `TOC_PROPERTY_RUNS=5000` checks more plans.
final class RobustnessPropertyTests: XCTestCase {
    private var runs: Int { Int(ProcessInfo.processInfo.environment["TOC_PROPERTY_RUNS"] ?? "") ?? 200 }

    func testValidPlansPassThroughEveryStage() {
        for seed in 1...UInt64(runs) {
            let text = FormattingPropertyTests.randomPlan(seed: seed)
            // Laying out every plan is slow; every tenth is drawn as SVG.
            PipelineInvariants.check(text, "seed \(seed)", options: .init(formats: true, rendersSVG: seed % 10 == 0))
            if (testRun?.totalFailureCount ?? 0) > 0 { return print(text) }
        }
    }

    func testBrokenPlansPassThroughEveryStage() {
        for seed in 1...UInt64(runs) {
            var dice = Dice(seed: seed &* 7919)
            let text = PlanMutator.mutate(FormattingPropertyTests.randomPlan(seed: seed), dice: &dice)
            PipelineInvariants.check(text, "seed \(seed) (broken)", options: .init(formats: true, rendersSVG: seed % 20 == 0))
            if (testRun?.totalFailureCount ?? 0) > 0 { return print(text) }
        }
    }

    /// The mutations do break plans (otherwise the test above would only repeat the first).
    func testMutationsBreakMostPlans() {
        var broken = 0
        for seed in 1...UInt64(50) {
            var dice = Dice(seed: seed &* 7919)
            let text = PlanMutator.mutate(FormattingPropertyTests.randomPlan(seed: seed), dice: &dice)
            if Parser.parse(text).diagnostics.contains(where: { $0.severity == .error }) { broken += 1 }
        }
        XCTAssertGreaterThan(broken, 20)
    }
}

/// Breaks a plan the ways people and tools break text: deleting, duplicating, swapping and re-indenting lines, cutting
/// the file short, splicing in tokens of the language, stray bytes and very long runs.
enum PlanMutator {
    static let fragments = [
        "->", "→", ",", ":", "\"", "“", "”", "#", "\\", "\\u{", "\t", "  ", "\u{A0}", "\u{FEFF}", "\r", "\n", "\n  ",
        "\n\t\t", "activity", "outcome", "indicator", "horizon", "uses", "assuming", "because", "month", "by", "0", "100%",
        "2019-02-30", "9999999999999999999999", "-", ">", "{", "é", "👍", "\u{0}", "\u{7}", "\u{FFFF}", "toc-ignore:",
    ]

    static func mutate(_ text: String, dice: inout Dice) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<dice.int(1...4) {
            guard !lines.isEmpty else { break }
            let index = dice.int(0...(lines.count - 1))
            switch dice.int(0...8) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, dice.int(0...(lines.count - 1)))
            case 3: lines[index] = dice.pick(["", " ", "  ", "\t", "    ", "     "]) + lines[index]
            case 4: lines[index] = String(lines[index].drop { $0 == " " || $0 == "\t" })
            case 5:
                var line = Array(lines[index])
                let at = line.isEmpty ? 0 : dice.int(0...line.count)
                line.insert(contentsOf: dice.pick(fragments), at: at)
                lines[index] = String(line)
            case 6:
                var line = Array(lines[index])
                if !line.isEmpty {
                    let start = dice.int(0...(line.count - 1))
                    line.removeSubrange(start..<min(line.count, start + dice.int(1...8)))
                }
                lines[index] = String(line)
            case 7: lines[index] += String(repeating: dice.pick(["a", "x -> ", "\"", " ", "é"]), count: dice.int(1...2_000))
            default: lines = Array(lines.prefix(index))
            }
        }
        return lines.joined(separator: "\n")
    }
}
