/// The columns of a theory of change, left to right: inputs, activities, outputs, then outcomes by horizon.
public enum Stage: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case inputs, activities, outputs, immediate, intermediate, longTerm

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The column heading.
    public var title: String {
        switch self {
        case .inputs: "Inputs"
        case .activities: "Activities"
        case .outputs: "Outputs"
        case .immediate: "Immediate outcomes"
        case .intermediate: "Intermediate outcomes"
        case .longTerm: "Long-term outcomes"
        }
    }

    /// The outcome horizon of an outcome stage.
    public var horizon: Horizon? {
        switch self {
        case .immediate: .immediate
        case .intermediate: .intermediate
        case .longTerm: .longTerm
        default: nil
        }
    }

    public init(horizon: Horizon) {
        switch horizon {
        case .immediate: self = .immediate
        case .intermediate: self = .intermediate
        case .longTerm: self = .longTerm
        }
    }
}

extension Node {
    /// The column this element sits in; nil for assumptions (drawn beside what they qualify) and for outcomes
    /// without a horizon.
    public var stage: Stage? {
        switch kind {
        case .input: .inputs
        case .activity: .activities
        case .output: .outputs
        case .outcome: horizon.map(Stage.init(horizon:))
        case .assumption: nil
        }
    }
}
