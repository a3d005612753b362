import TocModel

// Groups of involvements and beneficiaries that several rules test every element against. A switch rather than a
// `Set`: these enumerations have `String` raw values, so a set hashes (and compares) the raw text on every test.

extension Involvement {
    /// Restructuring, new commissioning, a new delivery model or deregulation: changes that need a lead-in and that
    /// let staff use what training teaches.
    var isStructural: Bool {
        switch self {
        case .restructuring, .newCommissioning, .newDeliveryModel, .deregulation: true
        case .training: false
        }
    }

    /// The involvement in words, hyphens as spaces ("new delivery model").
    var words: String {
        switch self {
        case .restructuring: "restructuring"
        case .newCommissioning: "new commissioning"
        case .newDeliveryModel: "new delivery model"
        case .deregulation: "deregulation"
        case .training: "training"
        }
    }
}

extension Beneficiary {
    /// Children, young people, care leavers, families or parents: the people whose outcomes take longest to change.
    var isChildOrFamily: Bool {
        switch self {
        case .children, .youngPeople, .careLeavers, .families, .parents: true
        case .carers, .staff, .workforce, .services: false
        }
    }
}
