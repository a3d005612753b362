import TocFramework
import XCTest

/// Reading framework files: what a valid one gives, and where each kind of mistake is reported.
final class FrameworkReaderTests: XCTestCase {
    private func read(_ text: String) -> (framework: Framework?, problems: [FrameworkProblem]) {
        FrameworkReader.read(text, defaultID: "test-framework")
    }

    private let minimal = """
        id: youth-justice
        name: "Youth justice outcomes"
        features:
          - id: mentoring
            name: One-to-one mentoring
        outcomes:
          - id: less-offending
            name: Less offending
            badge: Offending
            definition: "Young people offend less often"
            indicators:
              - name: Proven reoffending rate
                measure: percent
                direction: decrease
                source: Police National Computer
        """

    func testMinimalFramework() throws {
        let (framework, problems) = read(minimal)
        XCTAssertEqual(problems, [])
        let read = try XCTUnwrap(framework)
        XCTAssertEqual(read.id, "youth-justice")
        XCTAssertEqual(read.name, "Youth justice outcomes")
        XCTAssertEqual(read.features.map(\.id), ["mentoring"])
        XCTAssertEqual(read.features.first?.badge, "One-to-one mentoring", "the badge defaults to the name")
        let outcome = try XCTUnwrap(read.outcome("less-offending"))
        XCTAssertEqual(outcome.badge, "Offending")
        XCTAssertEqual(outcome.indicators.first?.measure, "percentage", "other spellings are accepted as in plans")
        XCTAssertEqual(outcome.indicators.first?.direction, .down)
        XCTAssertEqual(outcome.indicators.first?.source, "Police National Computer")
    }

    func testIDDefaultsToTheFileName() {
        let (framework, _) = read("outcomes:\n  - id: safer\n    name: Safer children\n")
        XCTAssertEqual(framework?.id, "test-framework")
        XCTAssertEqual(framework?.name, "test-framework")
        XCTAssertEqual(framework?.features, [])
    }

    func testMisspeltKeyIsReportedWithSuggestion() {
        let (framework, problems) = read("""
            outcomes:
              - id: safer
                name: Safer children
                defintion: "Children are safer"
            """)
        XCTAssertNil(framework)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first.map { [$0.line, $0.column] }, [4, 5])
        XCTAssertEqual(problems.first?.message, "`defintion` is not something an outcome can have")
        XCTAssertEqual(problems.first?.hint, "did you mean `definition`?")
    }

    func testMissingIDAndNameAreReportedAtTheEntry() {
        let (_, problems) = read("""
            outcomes:
              - name: Safer children
              - id: stable
            """)
        XCTAssertEqual(problems.map(\.line), [2, 3])
        XCTAssertEqual(problems.map(\.message), ["this outcome has no `id`", "the outcome `stable` has no `name`"])
    }

    func testBadIdentifierIsExplained() {
        let (_, problems) = read("outcomes:\n  - id: \"safer children\"\n    name: Safer\n")
        XCTAssertEqual(problems.first?.line, 2)
        XCTAssertTrue(problems.first?.message.contains("ids are made of letters, digits, `-` and `_`") ?? false, "\(problems)")
    }

    func testDuplicateIDsAcrossFeaturesAndOutcomes() {
        let (_, problems) = read("""
            features:
              - id: safer
                name: A feature
            outcomes:
              - id: safer
                name: An outcome
            """)
        XCTAssertEqual(problems.map(\.message), ["the id `safer` is used by more than one feature or outcome"])
        XCTAssertEqual(problems.first?.line, 2, "reported where the id is first used")
    }

    func testUnknownMeasureAndDirection() {
        let (_, problems) = read("""
            outcomes:
              - id: safer
                name: Safer
                indicators:
                  - name: CPP rate
                    measure: rat
                    direction: sideways
            """)
        XCTAssertEqual(problems.map(\.line), [6, 7])
        XCTAssertEqual(problems.first?.hint, "did you mean `rate`?")
        XCTAssertEqual(problems.last?.message, "unknown direction `sideways`")
    }

    func testWrongShapesAreExplained() {
        XCTAssertEqual(read("- a\n- b\n").problems.first?.message, "a framework file is a list of entries such as `id: my-framework`, not a list")
        XCTAssertEqual(read("outcomes: safer\n").problems.first?.message, "`outcomes` should be a list, one `- id: …` entry per outcome")
        XCTAssertEqual(read("outcomes:\n  - safer\n").problems.first?.line, 2)
        XCTAssertEqual(read("name: [a, b]\noutcomes:\n  - id: a\n    name: A\n").problems.first?.message, "`name` should be a piece of text, not a list")
        XCTAssertEqual(read("id: x\n").problems.first?.message, "this framework lists no `outcomes` and no `features`")
    }

    func testInvalidYAMLGivesItsPosition() {
        let (framework, problems) = read("outcomes:\n  - id: safer\n    name: \"Safer children\n")
        XCTAssertNil(framework)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.hasPrefix("this is not valid YAML"), problems[0].message)
        XCTAssertGreaterThanOrEqual(problems[0].line, 3)
        XCTAssertNotNil(problems[0].hint)
    }

    func testTabsForIndentationAreReported() {
        let (_, problems) = read("outcomes:\n\t- id: safer\n")
        XCTAssertEqual(problems.first?.line, 2)
    }

    func testEmptyAndPathologicalFilesDoNotCrash() {
        XCTAssertEqual(read("").problems.first?.message, "the file is empty")
        XCTAssertEqual(read("# only a comment\n").problems.first?.message, "the file is empty")
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(read("outcomes: " + deep).problems.first?.message, "brackets are nested too deeply here")
        XCTAssertFalse(read(String(repeating: "outcomes:\n", count: 1000)).problems.isEmpty)
        XCTAssertFalse(read("\u{0}\u{1}binary").problems.isEmpty)
    }

    func testProblemsAreCapped() {
        let many = "outcomes:\n" + (1...100).map { "  - id: o\($0)\n    nme: x\n" }.joined()
        XCTAssertEqual(read(many).problems.count, FrameworkReader.maximumProblems)
    }
}
