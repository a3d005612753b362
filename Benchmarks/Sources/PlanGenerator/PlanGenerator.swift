/// Writes a realistic plan of any size, the same every time: the shape of the bundled examples, scaled up.
///
/// Of every 100 elements, 5 are inputs, 25 activities (some in the design and embedding phases), 20 outputs, 40
/// outcomes (a third each immediate, intermediate and long-term, each with an indicator) and 10 assumptions (each
/// with an indicator, attached to a link). Activities lead to outputs, outputs to immediate outcomes, and each
/// horizon to the next, so the plan has no errors. About ten lines per element: a 10,000-element plan is about
/// 100,000 lines (3 MB).
public enum PlanGenerator {
    public static func plan(elements count: Int) -> String {
        var out: [String] = []
        out.reserveCapacity(count * 11)
        let inputs = max(1, count * 5 / 100)
        let activities = max(1, count * 25 / 100)
        let outputs = max(1, count * 20 / 100)
        let assumptions = count * 10 / 100
        let outcomes = max(3, count - inputs - activities - outputs - assumptions)
        let horizons = ["immediate", "intermediate", "long-term"]
        let phases = ["design", "implementation", "implementation", "implementation", "embedding"]

        out += [
            "theory \"Generated plan of \(count) elements\"", "  kind targeted-service", "  starts 2020-01",
            "  ends 2024-12", "  description \"A plan written by the benchmark generator\"", "",
        ]
        for index in 0..<inputs {
            out += ["input in\(index) \"Input \(index): funding and staff time\"", "  description \"Resource \(index) the project spends\"", ""]
        }
        for index in 0..<activities {
            let start = 1 + index % 12
            out += [
                "activity act\(index) \"Activity \(index): deliver the practice model with families\"",
                "  phase \(phases[index % phases.count])",
                "  from month \(start) to month \(start + 12 + index % 24)",
                "  uses in\(index % inputs)",
                "  involves training, restructuring",
                "  description \"What activity \(index) involves, in a sentence or two\"",
                "",
            ]
        }
        for index in 0..<outputs {
            out += [
                "output out\(index) \"Output \(index): sessions delivered\"",
                "  target \(100 + index) sessions by month 24",
                "  description \"Delivered by the family support team\"",
                "",
            ]
        }
        var byHorizon: [[String]] = [[], [], []]
        for index in 0..<outcomes {
            let tier = index % 3
            byHorizon[tier].append("oc\(index)")
            out += [
                "outcome oc\(index) \"Outcome \(index): families are safer and more resilient\"",
                "  horizon \(horizons[tier])",
                "  expected by month \(12 + 12 * tier)",
                "  for families",
                "  description \"The change outcome \(index) describes\"",
                "  indicator ind\(index) \"Measure of outcome \(index)\"",
                "    measure percentage",
                "    direction up",
                "    source \"Case management system\"",
                "    frequency quarterly",
                "    baseline 40% in 2019 available",
                "    target 50% by month 36",
                "",
            ]
        }
        for index in 0..<assumptions {
            out += [
                "assumption as\(index) \"Assumption \(index): staff stay long enough to embed the model\"",
                "  evidence moderate",
                "  indicator as\(index)-check \"Staff turnover in team \(index)\"",
                "    measure percentage",
                "    direction down",
                "    source \"HR records\"",
                "    frequency quarterly",
                "    baseline 12% in 2019 available",
                "    target 8% by month 24",
                "",
            ]
        }
        for index in 0..<activities {
            out.append("act\(index) -> out\(index % outputs)")
        }
        let (immediate, intermediate, longTerm) = (byHorizon[0], byHorizon[1], byHorizon[2])
        for index in 0..<outputs {
            out.append("out\(index) -> \(immediate[index % immediate.count])")
        }
        for (index, outcome) in immediate.enumerated() {
            out.append("\(outcome) -> \(intermediate[index % intermediate.count])")
            if index < assumptions { out.append("  assuming as\(index)") }
        }
        for (index, outcome) in intermediate.enumerated() {
            out.append("\(outcome) -> \(longTerm[index % longTerm.count])")
            let assumption = immediate.count + index
            if assumption < assumptions { out.append("  assuming as\(assumption)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Pathological plans, each of which must finish quickly (see `docs/limits.md`).
    public enum Pathological {
        /// `step0 -> step1 -> … -> step10000` on one line, with every step declared.
        public static func chainOnOneLine(links: Int = 10_000) -> String {
            (0...links).map { "activity step\($0)" }.joined(separator: "\n") + "\n"
                + (0...links).map { "step\($0)" }.joined(separator: " -> ") + "\n"
        }

        /// One activity whose label is a million characters.
        public static func millionCharacterLabel() -> String {
            "activity a \"" + String(repeating: "ab cd é ", count: 125_000) + "\"\n  phase design\n"
        }

        /// A detail line indented one more space on each of `depth` lines.
        public static func deepIndentation(depth: Int = 10_000) -> String {
            var lines = ["activity a \"A\""]
            lines.reserveCapacity(depth + 1)
            for level in 1...depth { lines.append(String(repeating: " ", count: level) + "phase design") }
            return lines.joined(separator: "\n") + "\n"
        }

        /// 10,000 activities, each linked to the next ten: 100,000 links.
        public static func manyLinks(elements: Int = 10_000, linksEach: Int = 10) -> String {
            var lines = (0..<elements).map { "activity n\($0)" }
            for index in 0..<elements {
                for step in 1...linksEach { lines.append("n\(index) -> n\((index + step) % elements)") }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
