/// Calendar questions about a plan: when things start, end and are expected, with `month N` resolved against the
/// plan's start.
///
/// Answers are whole months (a day, where one is written, is dropped): a month written without a day stands for the
/// whole month, and the rules' messages speak of months, so `2021-12-15` is not "after" an evaluation ending `2021-12`.
public struct Timeline: Sendable {
    public let model: TheoryModel

    public init(_ model: TheoryModel) {
        self.model = model
    }

    public var planStart: PlanDate? { model.theory?.starts.map(Self.month) }
    public var planEnd: PlanDate? { model.theory?.ends }

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

    /// When the evaluation ends.
    public var evaluationEnd: PlanDate? { date(model.theory?.evaluation?.end) }

    /// The plan's length in months, when both dates are known.
    public var planMonths: Int? {
        guard let start = planStart, let end = planEnd else { return nil }
        return start.months(until: end) + 1
    }

    /// When implementation begins: the earliest start of an implementation-phase activity, else the plan's start.
    public var implementationStart: PlanDate? {
        model.nodes(of: .activity).filter { $0.phase == .implementation }.compactMap(start).min() ?? planStart
    }

    /// "March 2019".
    public static func describe(_ date: PlanDate) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return "\(names[date.month - 1]) \(date.year)"
    }
}
