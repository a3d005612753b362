import TocModel

// Order comparisons the rules make for every element or link. `Horizon` and `Phase` compare by looking both values up
// in `allCases`, which makes a new array on every call; these compare positions given by a switch instead, in the same
// order as the declarations.

extension Horizon {
    /// Whether this horizon comes before `other` (`self < other`).
    func isBefore(_ other: Horizon) -> Bool {
        position < other.position
    }

    private var position: Int {
        switch self {
        case .immediate: 0
        case .intermediate: 1
        case .longTerm: 2
        }
    }
}

extension Phase {
    /// Whether this phase comes before `other` (`self < other`).
    func isBefore(_ other: Phase) -> Bool {
        position < other.position
    }

    private var position: Int {
        switch self {
        case .planning: 0
        case .design: 1
        case .setUp: 2
        case .implementation: 3
        case .embedding: 4
        }
    }
}
