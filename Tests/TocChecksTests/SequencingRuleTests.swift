import TocKit
import TocTestSupport
import XCTest

/// The rules about the order of change: circles, links that run backwards, links that skip a horizon.
final class SequencingRuleTests: XCTestCase {
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: structuralRules).diagnostics
    }

    private static let header = StructuralRuleTests.header

    /// Three outcome stages and an activity, output and input that later tests link in different ways.
    private static let elements = """
        input grant "Grant"
        activity training "Train staff"
          uses grant
        activity coaching "Coach staff"
          uses grant
        output trained "Staff trained"
        outcome confident "Staff feel confident"
          horizon immediate
        outcome practice "Practice improves"
          horizon intermediate
        outcome safer "Children are safer"
          horizon long-term

        """

    // MARK: - cycle

    func testSelfLoopIsACycle() throws {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            1️⃣confident -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "cycle", severity: .error, message: "confident → confident"),
        ])
        XCTAssertEqual(diagnostics.first?.notes, [], "a self-loop is one link: nothing to add in notes")
    }

    func testCycleIsReportedOnceNotPerMember() throws {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome a "A"
              horizon immediate
            outcome b "B"
              horizon immediate
            outcome c "C"
              horizon immediate
            training -> a
            1️⃣a -> b
            2️⃣b -> c
            3️⃣c -> a
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "cycle", message: "these elements lead round in a circle: a → b → c → a", hint: "remove or reverse one"),
        ])
        let cycle = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(cycle.notes.map(\.range.start), [source.offset("2️⃣"), source.offset("3️⃣")])
        XCTAssertEqual(cycle.notes.map(\.message), ["`b` leads to `c` here", "`c` leads to `a` here"])
    }

    /// A chain statement that closes on itself is one cycle, pointed at its first link.
    func testCycleWrittenAsOneChain() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome trust "Families trust workers"
              horizon immediate
            outcome engage "Families engage"
              horizon immediate
            training -> trust
            1️⃣trust -> engage -> trust
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "cycle", message: "trust → engage → trust"),
        ])
    }

    /// Up to eleven elements are all named; a longer circle is shortened, with its length given.
    func testLongCycleIsShortenedInTheMessage() throws {
        func plan(_ count: Int) -> String {
            Self.header + "activity training \"Train staff\"\n"
                + (0..<count).map { "outcome o\($0) \"O\($0)\"\n  horizon immediate\n" }.joined()
                + "training -> o0\n"
                + (0..<count).map { "o\($0) -> o\(($0 + 1) % count)\n" }.joined()
        }
        let eleven = Analysis(file: SourceFile(path: "plan.toc", text: plan(11)), rules: structuralRules).diagnostics
        XCTAssertEqual(eleven.map(\.message), [
            "these elements lead round in a circle: o0 → o1 → o2 → o3 → o4 → o5 → o6 → o7 → o8 → o9 → o10 → o0",
        ])
        XCTAssertEqual(eleven.first?.notes.count, 10)
        let twelve = Analysis(file: SourceFile(path: "plan.toc", text: plan(12)), rules: structuralRules).diagnostics
        XCTAssertEqual(twelve.map(\.message), [
            "these elements lead round in a circle: o0 → o1 → o2 → o3 → o4 → o5 → o6 → o7 → o8 → o9 → o10 → … → o0 (12 elements)",
        ])
        XCTAssertEqual(twelve.first?.notes.count, 11)
    }

    /// A `uses` edge counts as a step: an activity that leads back to an input it uses closes a circle, and the
    /// circle is reported once, as the backward link that closes it.
    func testCycleThroughAUsesEdgeIsReportedAsTheBackwardLink() throws {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            activity training "Train staff"
              uses grant
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            1️⃣training -> grant
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "backward-link", message: "`training` (an activity) leads back to `grant` (an input)"),
        ])
    }

    /// A circle of links within one stage has no backward link, so it is reported as a cycle, pointing at its
    /// first link, with a note for each further link.
    func testCycleWithinAStageIsReportedAsACycle() throws {
        let source = MarkedSource(Self.header + """
            activity recruit "Recruit"
            activity train "Train"
            outcome confident "Staff feel confident"
              horizon immediate
            1️⃣recruit -> train
            2️⃣train -> recruit
            train -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "cycle", message: "recruit → train → recruit"),
        ])
        XCTAssertEqual(diagnostics.first { $0.id == "cycle" }?.notes.map(\.range.start), [source.offset("2️⃣")])
    }

    func testTwoSeparateCyclesAreTwoFindings() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome a "A"
              horizon immediate
            outcome b "B"
              horizon immediate
            outcome c "C"
              horizon intermediate
            outcome d "D"
              horizon intermediate
            training -> a
            1️⃣a -> b -> a
            b -> c
            2️⃣c -> d -> c
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "cycle", message: "a → b → a"),
            DiagnosticSpec("2️⃣", "cycle", message: "c → d → c"),
        ])
    }

    /// Links that join without closing a circle (a diamond) are not a cycle.
    func testDiamondIsNotACycle() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome a "A"
              horizon immediate
            outcome b "B"
              horizon immediate
            outcome c "C"
              horizon intermediate
            training -> a, b
            a, b -> c
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - backward-link

    func testOutcomeToActivityIsBackwardAndTheFixItSwapsTheEnds() throws {
        let source = MarkedSource(Self.header + """
            2️⃣activity training "Train staff"
            3️⃣outcome confident "Staff feel confident"
              horizon immediate
            1️⃣confident -> training
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec(
                "1️⃣", "backward-link", severity: .error,
                message: "`confident` (an immediate outcome) leads back to `training` (an activity)",
                hint: "reverse the link (`training -> confident`)"
            ),
            // With the only link backwards, nothing leads from the activity to the outcome.
            DiagnosticSpec("2️⃣", "activity-without-outcome"),
            DiagnosticSpec("3️⃣", "unreached-outcome"),
        ])
        let finding = try XCTUnwrap(diagnostics.first { $0.id == "backward-link" })
        XCTAssertEqual(finding.fixIts.count, 2)
        let fixed = FixIt.apply(finding.fixIts, to: source.file())
        XCTAssertTrue(fixed.hasSuffix("\ntraining -> confident"), fixed)
        XCTAssertEqual(Analysis(file: SourceFile(path: "fixed.toc", text: fixed), rules: structuralRules).diagnostics, [], "the swapped link is clean")
    }

    func testLongTermToImmediateIsBackward() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            1️⃣safer -> confident
            coaching -> trained
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "backward-link", message: "`safer` (a long-term outcome) leads back to `confident` (an immediate outcome)"),
        ])
        XCTAssertEqual(diagnostics.filter { $0.id == "cycle" }.count, 0, "the circle it closes is reported once, as the backward link")
    }

    func testOutputToActivityIsBackward() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            1️⃣trained -> coaching
            coaching -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "backward-link", message: "`trained` (an output) leads back to `coaching` (an activity)", hint: "`coaching -> trained`"),
        ])
    }

    /// Links within one stage (activity to activity, immediate to immediate) are not backwards.
    func testLinksWithinAStageAreNotBackward() {
        let source = MarkedSource(Self.header + Self.elements + """
            outcome engaged "Families engage"
              horizon immediate
            coaching -> training -> trained -> confident -> engaged -> practice -> safer
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - skipped-stage

    func testActivityToIntermediateSkipsImmediate() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            1️⃣coaching -> practice
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "skipped-stage", severity: .warning,
                message: "`coaching` (an activity) leads straight to `practice` (an intermediate outcome), skipping the immediate outcomes",
                hint: "`coaching -> an-immediate-outcome -> practice`"
            ),
        ])
    }

    func testImmediateToLongTermSkipsIntermediate() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            coaching -> confident
            1️⃣confident -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "skipped-stage", message: "skipping the intermediate outcomes", hint: "`confident -> an-intermediate-outcome -> safer`"),
        ])
    }

    func testActivityToLongTermSkipsTwoHorizons() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            1️⃣coaching -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "skipped-stage", message: "skipping the immediate and intermediate outcomes"),
        ])
    }

    /// An activity or an output may lead straight to an immediate outcome: nothing is skipped.
    func testActivityOrOutputToImmediateIsNotSkipping() {
        let source = MarkedSource(Self.header + Self.elements + """
            training -> trained -> confident -> practice -> safer
            coaching -> confident
            """)
        assertDiagnostics(check(source), in: source, [])
    }
}
