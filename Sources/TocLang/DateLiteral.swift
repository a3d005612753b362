/// Recognises and validates the date forms of the language: `2019-03` (a month) and `2019-03-31` (a day).
public enum DateLiteral {
    public enum Verdict: Equatable {
        case valid
        /// Why it is not a date, the ISO form the writer probably meant (if one can be guessed), and advice when
        /// no single date fits.
        case invalid(reason: String, suggestion: String?, hint: String? = nil)
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var seenDot = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                if seenDot { return false }
                seenDot = true
            } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
                return false
            }
        }
        return !text.isEmpty && text.utf8.last != UInt8(ascii: ".")
    }

    /// Validates a run of digits joined by `-`, `/` or `.` that is not a plain number.
    public static func parse(_ text: String) -> Verdict {
        if text.contains("/") || text.contains(".") {
            let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
            // `2017/18`: a financial year, which runs from April to March.
            if parts.count == 2, parts[0] >= 1000, parts[1] < 100, parts[1] == (parts[0] + 1) % 100 {
                return .invalid(
                    reason: "it looks like a financial year, which runs from April \(parts[0]) to March \(parts[0] + 1)",
                    suggestion: nil,
                    hint: "write `\(parts[0])-04` for its start or `\(parts[0] + 1)-03` for its end"
                )
            }
            let suggestion: String?
            switch parts.count {
            case 3 where parts[2] >= 1000: suggestion = iso(year: parts[2], month: parts[1], day: parts[0])
            case 2 where parts[1] >= 1000: suggestion = iso(year: parts[1], month: parts[0], day: nil)
            // Year first already (`2019/03/31`): only the separators are wrong.
            case 3 where parts[0] >= 1000: suggestion = iso(year: parts[0], month: parts[1], day: parts[2])
            case 2 where parts[0] >= 1000: suggestion = iso(year: parts[0], month: parts[1], day: nil)
            default: suggestion = nil
            }
            return .invalid(reason: "dates are written year first, with dashes", suggestion: suggestion)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]), let month = Int(parts[1])
        else {
            return .invalid(reason: "a date has a four-digit year and a two-digit month, and optionally a two-digit day", suggestion: nil)
        }
        guard (1...12).contains(month) else {
            return .invalid(reason: "there is no month \(month)", suggestion: nil, hint: "months run from `01` (January) to `12` (December)")
        }
        if parts.count == 3, let day = Int(parts[2]) {
            let days = daysInMonth(year: year, month: month)
            guard day >= 1 else {
                return .invalid(reason: "there is no day 0", suggestion: nil, hint: "days count from `01`; or write only the month, `\(parts[0])-\(parts[1])`")
            }
            guard day <= days else {
                return .invalid(reason: "\(monthName(month)) \(year) has \(days) days", suggestion: nil)
            }
        }
        return .valid
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"][month - 1]
    }

    private static func iso(year: Int, month: Int, day: Int?) -> String? {
        guard (1...12).contains(month) else { return nil }
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        guard (1...daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}
