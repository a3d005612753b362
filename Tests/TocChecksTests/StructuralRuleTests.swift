import TocKit
import TocTestSupport
import XCTest

/// One test per structural rule, each with an inline-marked source: the marker sits where the finding must point.
final class StructuralRuleTests: XCTestCase {
    /// Findings of the full pipeline, for the marked source.
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: structuralRules).diagnostics
    }

    /// A small, clean plan that later tests break one way at a time.
    static let header = """
        theory "Test plan"
          kind targeted-service
          starts 2020-01
          ends 2022-12

        """

    func testCleanPlanHasNoFindings() {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            activity training "Train staff"
              phase implementation
              uses grant
            outcome confident "Staff feel confident"
              horizon immediate
            outcome practice "Practice improves"
              horizon intermediate
            outcome safer "Children are safer"
              horizon long-term
            assumption stay "Staff stay"
            training -> confident -> practice -> safer
              assuming stay
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    func testCycleNamesItsPath() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome trust "Families trust workers"
              horizon immediate
            outcome engage "Families engage"
              horizon immediate
            training -> trust
            1️⃣trust -> engage
            2️⃣engage -> trust
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "cycle", severity: .error, message: "trust → engage → trust"),
        ])
        let cycle = check(source).first { $0.id == "cycle" }
        XCTAssertEqual(cycle?.notes.map(\.range.start), [source.offset("2️⃣")])
    }
}
