import TocModel

/// How each kind of element looks in the diagram: a shape and a colour pair per kind, chosen to stay distinguishable
/// in greyscale print and for common colour-vision deficiencies (shape and border weight carry the kind too).
public struct DiagramStyle: Sendable {
    public let shape: String
    public let style: String
    public let fill: String
    public let border: String
    public let penWidth: Double

    /// The font used everywhere; DejaVu Sans ships with Debian (`fonts-dejavu-core`).
    public static let fontName = "DejaVu Sans"

    static let input = DiagramStyle(shape: "cylinder", style: "filled", fill: "#EEEEEE", border: "#595959", penWidth: 1)
    static let activity = DiagramStyle(shape: "box", style: "rounded,filled", fill: "#DEEBF7", border: "#2B6CB0", penWidth: 1.2)
    static let output = DiagramStyle(shape: "box", style: "filled", fill: "#E5F5E0", border: "#2F855A", penWidth: 1.2)
    static let immediate = DiagramStyle(shape: "box", style: "rounded,filled", fill: "#FEEBD8", border: "#C05621", penWidth: 1.2)
    static let intermediate = DiagramStyle(shape: "box", style: "rounded,filled", fill: "#FBD0A8", border: "#C05621", penWidth: 1.6)
    static let longTerm = DiagramStyle(shape: "box", style: "rounded,filled", fill: "#F6AD75", border: "#9C4221", penWidth: 2.4)
    static let outcomeWithoutHorizon = DiagramStyle(shape: "box", style: "rounded,filled,dashed", fill: "#FFFFFF", border: "#C05621", penWidth: 1.2)
    static let assumption = DiagramStyle(shape: "note", style: "filled", fill: "#FFF8C5", border: "#9C7A00", penWidth: 1)

    public static func of(_ node: Node) -> DiagramStyle {
        switch node.kind {
        case .input: input
        case .activity: activity
        case .output: output
        case .assumption: assumption
        case .outcome:
            switch node.horizon {
            case .immediate: immediate
            case .intermediate: intermediate
            case .longTerm: longTerm
            case nil: outcomeWithoutHorizon
            }
        }
    }

    /// The legend's entries: a name and its style.
    static let legend: [(String, DiagramStyle)] = [
        ("Input", input), ("Activity", activity), ("Output", output), ("Immediate outcome", immediate),
        ("Intermediate outcome", intermediate), ("Long-term outcome", longTerm), ("Assumption", assumption),
    ]
}
