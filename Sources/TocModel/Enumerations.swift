/// Activity phases, in the order projects move through them: planning → design → set-up → implementation → embedding
/// (DfE Innovation Programme Round 2 final report).
public enum Phase: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case planning, design, setUp = "set-up", implementation, embedding

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        lhs.position < rhs.position
    }

    /// The phase's place in the order (a switch: `allCases` would make a new array on every comparison, and the
    /// rules compare phases along every link).
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

/// Outcome horizons: immediate → intermediate → long-term.
public enum Horizon: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case immediate, intermediate, longTerm = "long-term"

    public static func < (lhs: Horizon, rhs: Horizon) -> Bool {
        lhs.position < rhs.position
    }

    /// The horizon's place in the order (see ``Phase``).
    private var position: Int {
        switch self {
        case .immediate: 0
        case .intermediate: 1
        case .longTerm: 2
        }
    }
}

/// Whether a plan changes a whole system or delivers a targeted service.
public enum TheoryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case systemChange = "system-change", targetedService = "targeted-service"
}

/// What an activity involves, where it matters for lead-in times and plausibility.
public enum Involvement: String, Sendable, Hashable, Codable, CaseIterable {
    case restructuring, newCommissioning = "new-commissioning", newDeliveryModel = "new-delivery-model", deregulation, training
}

/// Whom an outcome is for.
public enum Beneficiary: String, Sendable, Hashable, Codable, CaseIterable {
    case children, youngPeople = "young-people", careLeavers = "care-leavers", families, parents, carers, staff, workforce, services
}

/// How strong the evidence behind an assumption is.
public enum EvidenceLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case strong, moderate, weak, none
}

/// Likelihood or impact of a risk.
public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    case low, medium, high
}
