import TocKit
import TocTestSupport
import XCTest

/// The rules about names: ids used but not declared, ids naming the wrong kind of element, ids declared twice.
final class NameRuleTests: XCTestCase {
    private func check(_ source: MarkedSource) -> [Diagnostic] {
        Analysis(file: source.file(), rules: structuralRules).diagnostics
    }

    private static let header = StructuralRuleTests.header

    // MARK: - undefined-reference

    func testUndefinedReferenceSuggestsTheClosestIDAndFixesIt() throws {
        let source = MarkedSource(Self.header + """
            input grant "Grant"
            activity training "Train staff"
              uses grant
            outcome confident "Staff feel confident"
              horizon immediate
            1️⃣trainig -> confident
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "undefined-reference", severity: .error,
                message: "`trainig` is used in a link but never declared", hint: "did you mean `training`?"
            ),
        ])
        let finding = try XCTUnwrap(check(source).first { $0.id == "undefined-reference" })
        XCTAssertEqual(finding.range.end - finding.range.start, "trainig".utf8.count, "the range covers the id alone")
        XCTAssertEqual(finding.fixIts.map(\.replacement), ["training"])
        let fixed = FixIt.apply(finding.fixIts, to: source.file())
        XCTAssertTrue(fixed.contains("\ntraining -> confident\ntraining -> confident"), fixed)
        let after = Analysis(file: SourceFile(path: "fixed.toc", text: fixed), rules: structuralRules).diagnostics
        XCTAssertFalse(after.contains { $0.id == "undefined-reference" }, "\(after)")
    }

    /// In `uses`, only inputs are candidates: `traning` is close to the activity `training`, but `uses` takes inputs.
    func testUndefinedReferenceInUsesSuggestsOnlyInputs() throws {
        let source = MarkedSource(Self.header + """
            3️⃣input grant "Grant"
            activity training "Train staff"
              uses 1️⃣grnat, 2️⃣traning
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "undefined-reference", message: "`grnat` is used in `uses` but never declared", hint: "did you mean `grant`?"),
            DiagnosticSpec("2️⃣", "undefined-reference", message: "`traning` is used in `uses` but never declared", hint: "check the spelling, or declare it: `input traning"),
            // `grant` is used by nothing while the reference to it is misspelt.
            DiagnosticSpec("3️⃣", "unused-input", severity: .warning),
        ])
        let fixIts = diagnostics.flatMap(\.fixIts)
        XCTAssertEqual(fixIts.map(\.replacement), ["grant"], "only the input is offered, never the activity `training`")
    }

    func testUndefinedReferenceWithoutACloseIDHasNoFixIt() throws {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            training -> 1️⃣zebra
              assuming 2️⃣unicorns
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("1️⃣", "undefined-reference", message: "`zebra` is used in a link but never declared", hint: "check the spelling, or declare it (as an input, activity, output or outcome)"),
            DiagnosticSpec("2️⃣", "undefined-reference", message: "`unicorns` is used in `assuming` but never declared", hint: "`assumption unicorns"),
        ])
        XCTAssertTrue(diagnostics.allSatisfy(\.fixIts.isEmpty), "no fix-it without a plausible suggestion")
    }

    // MARK: - wrong-kind-reference

    func testAssumptionUsedAsALinkEndIsTheWrongKind() {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            assumption stay "Staff stay"
            training -> confident
              assuming stay
            1️⃣stay -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec(
                "1️⃣", "wrong-kind-reference", severity: .error,
                message: "`stay` is an assumption, which cannot be used in a link", hint: "indented `assuming stay` line"
            ),
        ])
    }

    func testCohortAndOutcomeInUsesAreTheWrongKind() {
        let source = MarkedSource(Self.header + """
            cohort families "Families in need"
            input grant "Grant"
            activity training "Train staff"
              uses grant, 1️⃣families, 2️⃣confident
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "wrong-kind-reference", message: "`families` is a cohort, which cannot be used in `uses`", hint: "`uses` takes inputs"),
            DiagnosticSpec("2️⃣", "wrong-kind-reference", message: "`confident` is an outcome, which cannot be used in `uses`"),
        ])
    }

    func testCohortAsALinkEndAndOutcomeInAssumingAreTheWrongKind() {
        let source = MarkedSource(Self.header + """
            cohort families "Families in need"
            activity training "Train staff"
            outcome confident "Staff feel confident"
              horizon immediate
            training -> confident
            1️⃣families -> confident
            training -> confident
              assuming 2️⃣confident
            """)
        assertDiagnostics(check(source), in: source, [
            DiagnosticSpec("1️⃣", "wrong-kind-reference", message: "`families` is a cohort, which cannot be used in a link", hint: "input, activity, output, outcome"),
            DiagnosticSpec("2️⃣", "wrong-kind-reference", message: "`confident` is an outcome, which cannot be used in `assuming`"),
        ])
    }

    // MARK: - duplicate-id

    func testDuplicateIDPointsAtTheSecondWithANoteAtTheFirst() throws {
        let source = MarkedSource(Self.header + """
            activity training "Train staff"
            1️⃣outcome confident "Staff feel confident"
              horizon immediate
            2️⃣outcome confident "Staff feel more confident"
              horizon immediate
            training -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("2️⃣", "duplicate-id", severity: .error, message: "`confident` is declared twice", hint: "this outcome is ignored"),
        ])
        let finding = try XCTUnwrap(diagnostics.first { $0.id == "duplicate-id" })
        XCTAssertEqual(finding.notes.count, 1)
        XCTAssertEqual(finding.notes.first?.range.start, source.offset("1️⃣"))
        XCTAssertEqual(finding.notes.first?.message, "first declared here, as an outcome")
    }

    /// Ids are one namespace: a cohort, an indicator and an activity cannot share one.
    func testDuplicateIDAcrossKinds() throws {
        let source = MarkedSource(Self.header + """
            1️⃣cohort training "Families"
            2️⃣activity training "Train staff"
            activity visits "Home visits"
            outcome confident "Staff feel confident"
              horizon immediate
              3️⃣indicator survey "Confidence survey"
            4️⃣input survey "A survey tool"
            visits -> confident
            """)
        let diagnostics = check(source)
        assertDiagnostics(diagnostics, in: source, [
            DiagnosticSpec("2️⃣", "duplicate-id", message: "`training` is declared twice", hint: "this activity is ignored"),
            DiagnosticSpec("4️⃣", "duplicate-id", message: "`survey` is declared twice", hint: "this input is ignored"),
        ])
        let notes = diagnostics.filter { $0.id == "duplicate-id" }.flatMap(\.notes)
        XCTAssertEqual(notes.map(\.range.start), [source.offset("1️⃣"), source.offset("3️⃣")])
        XCTAssertEqual(notes.map(\.message), ["first declared here, as a cohort", "first declared here, as an indicator"])
    }

    // MARK: - No false alarms

    func testCorrectReferencesGiveNoNameFindings() {
        let source = MarkedSource(Self.header + """
            cohort families "Families in need"
            input grant "Grant"
            input staff "Staff"
            activity training "Train staff"
              uses grant, staff
            output trained "Staff trained"
            outcome confident "Staff feel confident"
              horizon immediate
            assumption stay "Staff stay"
            risk turnover "Staff leave"
              affects training, confident, stay
            training -> trained -> confident
              assuming stay
            """)
        assertDiagnostics(check(source), in: source, [])
    }
}
