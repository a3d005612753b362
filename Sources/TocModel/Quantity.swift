/// A measured value: a plain number or a percentage.
public enum Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case percentage(Double)

    public var value: Double {
        switch self {
        case .number(let value), .percentage(let value): value
        }
    }

    public var description: String {
        switch self {
        case .number(let value): Self.format(value)
        case .percentage(let value): Self.format(value) + "%"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
