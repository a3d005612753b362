import TocLang
import TocModel

/// Which words each detail accepts, for completion and hover: the same vocabularies the model builder reads with.
enum PropertyValues {
    static func vocabulary(for property: String) -> Vocabulary? {
        switch property {
        case "phase": .phase
        case "horizon": .horizon
        case "kind": .theoryKind
        case "involves": .involvement
        case "for": .beneficiary
        case "evidence": .evidence
        case "likelihood", "impact": .level
        case "measure": .measure
        case "direction": .direction
        case "frequency": .frequency
        case "design": .design
        default: nil
        }
    }

    /// The kinds of element whose ids a reference detail takes (`uses grant`: an input).
    static func referencedKinds(for property: String) -> [String]? {
        switch property {
        case "uses", "held-by": ["input"]
        case "assuming": ["assumption"]
        case "cohort": ["cohort"]
        case "affects": NodeKind.allCases.map(\.rawValue)
        default: nil
        }
    }
}
