/// A calendar month, or a day within it, as written in a plan (`2019-03`, `2019-03-31`).
public struct PlanDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    /// Nil when only the month was given.
    public let day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD` (already validated by the lexer).
    public init?(_ text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 || parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts.count == 3 ? parts[2] : nil)
    }

    /// Months from this date's month to another's (positive when `other` is later).
    public func months(until other: PlanDate) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }

    /// The month `count` months after this one (day dropped).
    public func adding(months count: Int) -> PlanDate {
        let total = year * 12 + (month - 1) + count
        return PlanDate(year: total / 12, month: total % 12 + 1)
    }

    public var description: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PlanDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
