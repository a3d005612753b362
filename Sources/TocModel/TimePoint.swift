/// A point in a plan's timeline: a calendar date, a month counted from the plan's start (`month 1` is the month the
/// plan starts), or a year.
public enum TimePoint: Sendable, Hashable, Codable, CustomStringConvertible {
    case date(PlanDate)
    case month(Int)
    case year(Int)

    /// The largest `month N` a plan may name: a hundred years, beyond any plan, and small enough that resolving it
    /// to a calendar month cannot overflow.
    public static let maximumMonth = 1200

    /// The calendar month this point falls in, given the plan's start (needed for `month N`).
    public func resolved(planStart: PlanDate?) -> PlanDate? {
        switch self {
        case .date(let date): date
        case .month(let offset): planStart?.adding(months: offset - 1)
        case .year(let year): PlanDate(year: year, month: 1)
        }
    }

    public var description: String {
        switch self {
        case .date(let date): date.description
        case .month(let offset): "month \(offset)"
        case .year(let year): String(year)
        }
    }
}

/// When an activity runs: `from month 1 to month 30`, or `from 2017-08 to 2019-03`.
public struct TimeWindow: Sendable, Hashable, Codable {
    public let start: TimePoint?
    public let end: TimePoint?

    public init(start: TimePoint?, end: TimePoint?) {
        self.start = start
        self.end = end
    }
}
