@testable import TocDiagnostics
import XCTest

/// "Did you mean" must catch slips (a missing, extra, wrong or swapped letter) and stay quiet for unrelated words.
final class SuggestionsTests: XCTestCase {
    private let phases = ["planning", "design", "set-up", "implementation", "embedding"]
    private let keywords = ["theory", "cohort", "input", "activity", "output", "outcome", "assumption", "risk", "audit"]

    func testMissingLetterIsCaught() {
        XCTAssertEqual(Suggestions.closest(to: "implemention", among: phases), "implementation")
        XCTAssertEqual(Suggestions.closest(to: "activty", among: keywords), "activity")
    }

    func testExtraLetterIsCaught() {
        XCTAssertEqual(Suggestions.closest(to: "outcomme", among: keywords), "outcome")
    }

    func testWrongLetterIsCaught() {
        XCTAssertEqual(Suggestions.closest(to: "ootput", among: keywords), "output")
    }

    func testSwappedLettersAreCaught() {
        XCTAssertEqual(Suggestions.closest(to: "desing", among: phases), "design")
        XCTAssertEqual(Suggestions.closest(to: "cohrot", among: keywords), "cohort")
        // In a four-letter word only one slip is allowed, so the swap must count as one.
        XCTAssertEqual(Suggestions.closest(to: "dwon", among: ["up", "down", "stable"]), "down")
    }

    func testCaseDashesAndUnderscoresAreIgnored() {
        XCTAssertEqual(Suggestions.closest(to: "SETUP", among: phases), "set-up")
        XCTAssertEqual(Suggestions.closest(to: "set_up", among: phases), "set-up")
        XCTAssertEqual(Suggestions.closest(to: "Implementation", among: phases), "implementation")
    }

    func testAPrefixOfThreeOrMoreLettersIsCaught() {
        XCTAssertEqual(Suggestions.closest(to: "impl", among: phases), "implementation")
        XCTAssertEqual(Suggestions.closest(to: "long", among: ["immediate", "intermediate", "long-term"]), "long-term")
    }

    func testUnrelatedWordsGetNoSuggestion() {
        XCTAssertNil(Suggestions.closest(to: "banana", among: phases))
        XCTAssertNil(Suggestions.closest(to: "xyz", among: keywords))
        XCTAssertNil(Suggestions.closest(to: "cost", among: ["evidence"]))
    }

    func testShortWordsNeedToBeVeryClose() {
        // Two letters wrong out of two is not a slip.
        XCTAssertNil(Suggestions.closest(to: "ab", among: ["up"]))
        XCTAssertEqual(Suggestions.closest(to: "dwn", among: ["up", "down", "stable"]), "down")
    }

    func testTwoSlipsInAShortWordAreTooMany() {
        // "fase" is two edits from "phase" (5 letters allow one).
        XCTAssertNil(Suggestions.closest(to: "fase", among: ["phase"]))
    }

    func testEmptyWordOrNoCandidatesGetNoSuggestion() {
        XCTAssertNil(Suggestions.closest(to: "", among: phases))
        XCTAssertNil(Suggestions.closest(to: "---", among: phases), "only separators: nothing to compare")
        XCTAssertNil(Suggestions.closest(to: "design", among: [String]()))
    }

    func testTheNearestCandidateWinsWhateverItsPosition() {
        XCTAssertEqual(Suggestions.closest(to: "phse", among: ["phrase", "phase"]), "phase")
    }

    func testAnExactMatchIsReturnedAsWrittenInTheCandidates() {
        XCTAssertEqual(Suggestions.closest(to: "longterm", among: ["long-term"]), "long-term")
    }

    func testDidYouMeanSentence() {
        XCTAssertEqual(Suggestions.didYouMean("implemention", among: phases), "did you mean `implementation`?")
        XCTAssertNil(Suggestions.didYouMean("banana", among: phases))
    }

    // MARK: - Edit distance

    func testEditDistanceCountsInsertionsDeletionsAndSubstitutions() {
        XCTAssertEqual(Suggestions.editDistance(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(Suggestions.editDistance(Array(""), Array("abc")), 3)
        XCTAssertEqual(Suggestions.editDistance(Array("abc"), Array("")), 3)
        XCTAssertEqual(Suggestions.editDistance(Array("same"), Array("same")), 0)
    }

    func testEditDistanceCountsAnAdjacentSwapAsOne() {
        XCTAssertEqual(Suggestions.editDistance(Array("ab"), Array("ba")), 1)
        XCTAssertEqual(Suggestions.editDistance(Array("horizon"), Array("hroizon")), 1)
    }

    func testEditDistanceIsOptimalStringAlignment() {
        // Optimal string alignment does not edit a swapped pair again, so "ca" → "abc" costs 3 (not 2).
        XCTAssertEqual(Suggestions.editDistance(Array("ca"), Array("abc")), 3)
    }

    func testEditDistanceIsSymmetric() {
        let words = ["implementation", "implemention", "embed", "embedding", "ab", "ba", ""]
        for a in words {
            for b in words {
                XCTAssertEqual(Suggestions.editDistance(Array(a), Array(b)), Suggestions.editDistance(Array(b), Array(a)), "\(a) / \(b)")
            }
        }
    }
}
