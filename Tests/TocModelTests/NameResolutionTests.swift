import TocDiagnostics
import TocLang
@testable import TocModel
import TocTestSupport
import XCTest

/// Ids: duplicates are recorded with both places, references that name nothing or the wrong kind are recorded, and
/// links are made only between ends that resolve.
final class NameResolutionTests: XCTestCase {
    private let elements = """
        input grant
        activity train "Train"
          uses grant
        output trained "Trained"
        outcome confident "Confident"
        outcome safer "Safer"
        assumption stay "Staff stay"
        cohort families "Families"

        """

    // MARK: - Duplicates

    func testADuplicateIsRecordedWithBothRanges() {
        let text = "input grant \"First\"\ninput grant \"Second\""
        let model = Built(text).model
        XCTAssertEqual(model.duplicates.count, 1)
        let duplicate = model.duplicates[0]
        XCTAssertEqual(duplicate.id, "grant")
        XCTAssertEqual(duplicate.first.range, text.range(of: "input grant \"First\"", after: nil))
        XCTAssertEqual(duplicate.second.range, text.range(of: "input grant \"Second\"", after: nil))
        XCTAssertEqual(duplicate.first.kind, "input")
        XCTAssertEqual(model.nodes["grant"]?.label, "First", "the first definition is the one used")
    }

    func testADuplicateAcrossKindsKeepsBothKinds() {
        let model = Built("cohort x\nactivity x\nrisk x\noutcome o\n  indicator x").model
        XCTAssertEqual(model.duplicates.map(\.second.kind), ["activity", "risk", "indicator"])
        XCTAssertEqual(Set(model.duplicates.map(\.first.kind)), ["cohort"])
        XCTAssertNil(model.nodes["x"], "the cohort came first; the activity is left out")
        XCTAssertTrue(model.risks.isEmpty)
        XCTAssertTrue(model.indicators.isEmpty)
    }

    func testEachFurtherDuplicateIsRecordedAgainstTheFirst() {
        let model = Built("input a \"1\"\ninput a \"2\"\ninput a \"3\"").model
        XCTAssertEqual(model.duplicates.count, 2)
        XCTAssertEqual(Set(model.duplicates.map(\.first.range)).count, 1)
    }

    // MARK: - Unresolved references

    func testAnUnknownLinkEndIsRecordedAndTheLinkLeftOut() {
        let text = elements + "train -> trainde"
        let model = Built(text).model
        XCTAssertTrue(model.links.isEmpty)
        XCTAssertEqual(model.unresolved.count, 1)
        let unresolved = model.unresolved[0]
        XCTAssertEqual(unresolved.reference.id, "trainde")
        XCTAssertEqual(unresolved.reference.range, text.range(of: "trainde", after: "->"))
        XCTAssertEqual(unresolved.context, "a link")
        XCTAssertEqual(unresolved.expected, ["input", "activity", "output", "outcome"])
        XCTAssertNil(unresolved.foundKind)
    }

    func testALinkToAnAssumptionIsTheWrongKind() {
        let model = Built(elements + "train -> stay").model
        XCTAssertTrue(model.links.isEmpty)
        XCTAssertEqual(model.unresolved.map(\.foundKind), ["assumption"])
    }

    func testALinkToACohortOrAnIndicatorIsTheWrongKind() {
        let model = Built(elements + "outcome o\n  indicator rate\ntrain -> families\ntrain -> rate").model
        XCTAssertTrue(model.links.isEmpty)
        XCTAssertEqual(model.unresolved.map(\.foundKind), ["cohort", "indicator"])
    }

    func testALinkWithOneBadEndKeepsTheOtherLinksOfItsStatement() {
        let model = Built(elements + "train, missing -> trained").model
        XCTAssertEqual(model.links.map { "\($0.from.id)→\($0.to.id)" }, ["train→trained"])
        XCTAssertEqual(model.unresolved.map(\.reference.id), ["missing"])
    }

    func testAnUnresolvedMiddleOfAChainBreaksBothItsLinks() {
        let model = Built(elements + "train -> missing -> safer").model
        XCTAssertTrue(model.links.isEmpty)
        XCTAssertEqual(model.unresolved.map(\.reference.id), ["missing"], "recorded once, where it was written")
    }

    func testEveryUseOfAnUnknownIDIsRecorded() {
        let model = Built(elements + "train -> missing\nmissing -> safer").model
        XCTAssertEqual(model.unresolved.count, 2)
        XCTAssertNotEqual(model.unresolved[0].reference.range, model.unresolved[1].reference.range)
    }

    func testAssumingMustNameAnAssumption() {
        let model = Built(elements + "train -> trained\n  assuming stay, train, nobody").model
        XCTAssertEqual(model.unresolved.map(\.reference.id), ["train", "nobody"])
        XCTAssertEqual(model.unresolved.map(\.context), ["`assuming`", "`assuming`"])
        XCTAssertEqual(model.unresolved.map(\.expected), [["assumption"], ["assumption"]])
        XCTAssertEqual(model.unresolved.map(\.foundKind), ["activity", nil])
        XCTAssertEqual(model.links.count, 1, "the link itself still stands")
        XCTAssertEqual(model.links.first?.assumptions.map(\.id), ["stay", "train", "nobody"])
    }

    func testUsesMustNameAnInput() {
        let model = Built(elements + "activity other\n  uses train, nothing, grant").model
        let unresolved = model.unresolved.filter { $0.context == "`uses`" }
        XCTAssertEqual(unresolved.map(\.reference.id), ["train", "nothing"])
        XCTAssertEqual(unresolved.map(\.foundKind), ["activity", nil])
        XCTAssertEqual(unresolved.first?.expected, ["input"])
    }

    func testUsesMayNameAnInputDeclaredLater() {
        XCTAssertTrue(Built("activity a\n  uses grant\ninput grant").model.unresolved.isEmpty)
    }

    func testAffectsMayNameAnyElement() {
        let model = Built(elements + "risk r\n  affects train, stay, nowhere").model
        let unresolved = model.unresolved.filter { $0.context == "`affects`" }
        XCTAssertEqual(unresolved.map(\.reference.id), ["nowhere"])
        XCTAssertEqual(unresolved.first?.expected, NodeKind.allCases.map(\.rawValue))
    }

    func testACleanPlanHasNothingUnresolved() {
        let model = Built(elements + "train -> trained -> confident -> safer\n  assuming stay").model
        XCTAssertTrue(model.unresolved.isEmpty)
        XCTAssertTrue(model.duplicates.isEmpty)
    }

    // MARK: - Links

    func testFanInAndFanOutMakeOneLinkPerPair() {
        let model = Built("activity a\nactivity b\noutcome c\noutcome d\na, b -> c, d").model
        XCTAssertEqual(model.links.map { "\($0.from.id)→\($0.to.id)" }, ["a→c", "a→d", "b→c", "b→d"])
    }

    func testAChainLinksEachStepToTheNext() {
        let model = Built(elements + "train -> trained -> confident -> safer").model
        XCTAssertEqual(model.links.map { "\($0.from.id)→\($0.to.id)" }, ["train→trained", "trained→confident", "confident→safer"])
    }

    func testDetailsApplyToEveryLinkOfAChain() {
        let text = elements + "train, grant -> trained -> confident\n  assuming stay\n  because \"practice needs time\""
        let model = Built(text).model
        XCTAssertEqual(model.links.count, 3)
        for link in model.links {
            XCTAssertEqual(link.assumptions.map(\.id), ["stay"])
            XCTAssertEqual(link.rationale, "practice needs time")
            XCTAssertEqual(link.statementRange, SourceRange(start: text.offset(of: "train, grant"), end: text.utf8.count))
        }
    }

    func testALinkRangeRunsFromItsSourceToItsTarget() {
        let text = elements + "train -> trained -> confident"
        let link = Built(text).model.links[1]
        let start = text.offset(of: "trained", after: "train ->")
        XCTAssertEqual(link.range, SourceRange(start: start, end: text.utf8.count))
    }

    func testLinksAreMadeForLinksWrittenBeforeTheirElements() {
        let model = Built("a -> b\nactivity a\noutcome b").model
        XCTAssertEqual(model.links.count, 1)
        XCTAssertTrue(model.unresolved.isEmpty)
    }

    func testInputsMayBeLinkedDirectly() {
        XCTAssertEqual(Built(elements + "grant -> trained").model.links.count, 1)
    }
}
