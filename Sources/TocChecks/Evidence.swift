/// The research finding a rule rests on: what the source says, which source, and where in it.
///
/// Sources are the DfE evaluation reports of the Children's Social Care Innovation Programme; `lines` refers to the
/// copies in `shared/seeds/` (the key and line numbers used in `shared/domain/seed-facts.md`, e.g. `000:828`).
public struct Evidence: Sendable, Hashable {
    public let finding: String
    public let source: Source
    /// Line references in the source, e.g. "828, 946".
    public let lines: String

    public init(_ finding: String, source: Source, lines: String) {
        self.finding = finding
        self.source = source
        self.lines = lines
    }

    /// The documents the rules cite.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// FitzSimons & McCracken (2020), Children's Social Care Innovation Programme Round 2 Final Report, DfE RR1012.
        case round2FinalReport = "000"
        /// DfE web page: Children's social care innovation programme: insights and evaluation.
        case programmePage = "001"
        /// Coffey, Learning the Lessons: The Social Work Innovation Programme (slides, Halton).
        case learningTheLessons = "002"
        /// Sebba, Luke, Rees & McNeish (2017), Thematic Report 4: Systemic conditions for innovation in children's social care.
        case thematicReport4 = "003"
        /// Ecorys (2020), Lincolnshire Partners in Practice Programme Evaluation, Final report, DfE RR1029.
        case lincolnshireEvaluation = "004"

        public var title: String {
            switch self {
            case .round2FinalReport: "Innovation Programme Round 2 final report (Opcit Research, 2020)"
            case .programmePage: "DfE, Children's social care innovation programme: insights and evaluation"
            case .learningTheLessons: "Learning the Lessons: what works in keeping children out of care (Halton)"
            case .thematicReport4: "Thematic Report 4: Systemic conditions for innovation (Rees Centre, 2017)"
            case .lincolnshireEvaluation: "Lincolnshire Partners in Practice evaluation (Ecorys, 2020)"
            }
        }
    }

    /// "finding" (title [000:828, 946]).
    public var citation: String {
        "\(finding) (\(source.title) [\(source.rawValue):\(lines)])"
    }
}
