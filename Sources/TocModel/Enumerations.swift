/// Activity phases, in the order projects move through them: planning → design → set-up → implementation → embedding
/// (DfE Innovation Programme Round 2 final report).
public enum Phase: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case planning, design, setUp = "set-up", implementation, embedding

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Outcome horizons: immediate → intermediate → long-term.
public enum Horizon: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case immediate, intermediate, longTerm = "long-term"

    public static func < (lhs: Horizon, rhs: Horizon) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
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
