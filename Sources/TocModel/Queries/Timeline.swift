/// Calendar questions about a plan: when things start, end and are expected, with `month N` resolved against the
/// plan's start.
///
/// Answers are whole months (a day, where one is written, is dropped): a month written without a day stands for the
/// whole month, and the rules' messages speak of months, so `2021-12-15` is not "after" an evaluation ending `2021-12`.
public struct Timeline: Sendable {
    /// The plan's start, as a month.
    public let planStart: PlanDate?
    public let planEnd: PlanDate?
    /// When the evaluation ends.
    public let evaluationEnd: PlanDate?
    /// When implementation begins: the earliest start of an implementation-phase activity, else the plan's start.
    public let implementationStart: PlanDate?

    /// Works out the plan's dates once. A timeline holds only dates, not the model: rules ask it about every element,
    /// and copying (or re-reading) the plan's header for each question cost more than the rules' own work.
    public init(_ model: TheoryModel) {
        let planStart = model.theory?.starts.map(Self.month)
        self.planStart = planStart
        planEnd = model.theory?.ends
        evaluationEnd = model.theory?.evaluation?.end?.resolved(planStart: planStart).map(Self.month)
        var earliest: PlanDate?
        for node in model.nodes.values where node.kind == .activity && node.phase == .implementation {
            guard let start = node.window?.start?.resolved(planStart: planStart).map(Self.month) else { continue }
            earliest = earliest.map { min($0, start) } ?? start
        }
        implementationStart = earliest ?? planStart
    }

    /// The calendar month of a point in the plan (nil for `month N` when the plan has no start).
    public func date(_ point: TimePoint?) -> PlanDate? {
        point?.resolved(planStart: planStart).map(Self.month)
    }

    /// The month of a date, without its day.
    static func month(_ date: PlanDate) -> PlanDate {
        PlanDate(year: date.year, month: date.month)
    }

    /// When an activity starts and ends.
    public func start(of node: Node) -> PlanDate? { date(node.window?.start) }
    public func end(of node: Node) -> PlanDate? { date(node.window?.end) }

    /// The plan's length in months, when both dates are known.
    public var planMonths: Int? {
        guard let start = planStart, let end = planEnd else { return nil }
        return start.months(until: end) + 1
    }

    /// "March 2019".
    public static func describe(_ date: PlanDate) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return "\(names[date.month - 1]) \(date.year)"
    }
}
