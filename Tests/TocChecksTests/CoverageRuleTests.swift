import TocKit
import TocTestSupport
import XCTest

/// The rules about completeness: the theory line, horizons, and elements left out of the causal chain.
final class CoverageRuleTests: XCTestCase {
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: structuralRules).diagnostics
    }

    private static let header = StructuralRuleTests.header

    // MARK: - missing-theory

    func testPlanWithoutTheoryLineIsReportedAtTheStart() {
        let source = MarkedSource("""
            1️⃣activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "missing-theory", severity: .warning, message: "this plan has no `theory` line", hint: "start the file with `theory"),
        ])
    }

    /// The theory line need not be the first line: comments may come first.
    func testTheoryAfterCommentsIsFound() {
        let source = MarkedSource("""
            # A plan for the bid
            # written in 2024

            theory "Test plan"
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - outcome-without-horizon

    func testOutcomeWithoutHorizon() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            1️⃣outcome confident "Staff feel confident"
              for staff
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "outcome-without-horizon", severity: .error, message: "`confident` has no horizon", hint: "`horizon immediate`"),
        ])
    }

    func testEveryHorizonSpellingCounts() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome a "A"
              horizon immediate
            outcome b "B"
              horizon intermediate
            outcome c "C"
              horizon long-term
            outcome d "D"
              horizon longer-term
            training -> a -> b -> c
            b -> d
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - activity-without-outcome

    func testActivityLeadingOnlyToAnOutputIsFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            1️⃣activity newsletter "Publish a newsletter"
            output issues "Newsletter issues"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            newsletter -> issues
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "activity-without-outcome", severity: .warning, message: "`newsletter` does not lead to any outcome", hint: "`newsletter -> an-output-or-outcome`"),
        ])
    }

    func testActivityWithNoLinksAtAllIsFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            1️⃣activity newsletter "Publish a newsletter"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "activity-without-outcome"),
        ])
    }

    /// The path may run through outputs and other activities.
    func testActivityLeadingViaAnOutputOrAnotherActivityIsNotFlagged() {
        let source = MarkedSource(Self.header + """
            activity setup "Set up the team"
            activity training "Train staff"
            output trained "Staff trained"
            outcome confident "Staff feel confident"
              horizon immediate
            setup -> training -> trained -> confident
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - unreached-outcome

    func testOutcomeNoActivityLeadsToIsFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            1️⃣outcome practice "Practice improves"
              horizon intermediate
            2️⃣outcome safer "Children are safer"
              horizon long-term
            training -> confident
            practice -> safer
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unreached-outcome", severity: .warning, message: "no activity leads to `practice`", hint: "`something -> practice`"),
            DiagnosticSpec("2️⃣", "unreached-outcome", message: "no activity leads to `safer`"),
        ])
    }

    /// An input is a resource, not something the project does: an outcome reached only from an input is unreached.
    func testOutcomeReachedOnlyFromAnInputIsFlagged() {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            activity training "Train staff"
              uses grant
            outcome confident "Staff feel confident"
              horizon immediate
            1️⃣outcome funded "Services are funded"
              horizon immediate
            training -> confident
            grant -> funded
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unreached-outcome"),
        ])
    }

    func testOutcomeReachedThroughOutputsAndEarlierOutcomesIsNotFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            output trained "Staff trained"
            outcome confident "Staff feel confident"
              horizon immediate
            outcome practice "Practice improves"
              horizon intermediate
            outcome safer "Children are safer"
              horizon long-term
            training -> trained -> confident -> practice -> safer
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - unused-input

    func testInputNoActivityUsesIsFlagged() {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            1️⃣input volunteers "Volunteers"
            2️⃣input venue "A venue"
            activity training "Train staff"
              uses grant
            output leaflets "Leaflets"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            venue -> leaflets
            leaflets -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unused-input", severity: .warning, message: "no activity uses `volunteers`", hint: "add `uses volunteers`"),
            // Linked, but to an output rather than an activity.
            DiagnosticSpec("2️⃣", "unused-input", message: "no activity uses `venue`"),
        ])
    }

    func testInputUsedThroughUsesOrALinkIsNotFlagged() {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            input staff "Staff"
            activity training "Train staff"
              uses staff
            outcome confident "Staff feel confident"
              horizon immediate
            grant -> training -> confident
            """)
        assertDiagnostics(check(source), in: source, [])
    }

    // MARK: - unattached-assumption

    func testAssumptionNoLinkNamesIsFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            assumption stay "Staff stay"
            1️⃣assumption engage "Families engage"
            training -> confident
              assuming stay
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "unattached-assumption", severity: .warning, message: "`engage` is not attached to any link", hint: "add `assuming engage`"),
        ])
    }

    /// One `assuming` line under a chain attaches to every link of it; several assumptions may share a line.
    func testAssumptionsAttachedToAChainAreNotFlagged() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            outcome practice "Practice improves"
              horizon intermediate
            assumption stay "Staff stay"
            assumption engage "Families engage"
            training -> confident -> practice
              assuming stay, engage
            """)
        assertDiagnostics(check(source), in: source, [])
        let model = Analysis(file: source.file(), rules: structuralRules).model
        XCTAssertEqual(model.links.map { $0.assumptions.map(\.id) }, [["stay", "engage"], ["stay", "engage"]])
    }
}
