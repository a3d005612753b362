/// The limits on what `toc` reads and draws, in one place (documented in `docs/limits.md`).
///
/// Plans come from strangers, so no file may make `toc` crash, hang or exhaust memory. Each limit is far above any
/// real plan (the largest real theories of change have a few hundred elements and lines under 300 characters), and
/// each has a clear message beyond it: a diagnostic with a stable id and a hint, or a ``TocError``-style refusal.
/// Everything below the limits is read in time roughly proportional to the file's size.
public enum Limits {
    /// Plan files larger than this (in bytes) are refused before they are read (`TocError.fileTooLarge`, exit status
    /// 66). A plan of 10,000 elements is about 3 MiB.
    public static let fileSize = 16 * 1_048_576

    /// A line longer than this (in characters) is reported (`line-too-long`, an error); it is still read whole.
    public static let lineLength = 10_000

    /// The deepest indentation the language has: a declaration, its indicator, the indicator's details. A line
    /// indented deeper is reported (`unexpected-indentation`); lines are grouped by indentation only to one level
    /// more than this, so any depth of indentation is read in linear time without deep recursion.
    public static let nestingDepth = 3

    /// Elements (inputs, activities, outputs, outcomes and assumptions) a plan may declare. The first one beyond is
    /// reported (`too-many-elements`, an error) and no more are read.
    public static let elements = 20_000

    /// Links a plan may make, counting each link a statement makes (`a, b -> c, d` makes four). The first one beyond
    /// is reported (`too-many-links`, an error) and no more are made, so a short line of long lists cannot make
    /// millions.
    public static let links = 100_000

    /// Labels longer than this (in characters) are cut, with "…", in the diagram (`label-too-long`, a warning); the
    /// whole label stays in reports, tooltips (up to ``tooltipLength``) and exports.
    public static let labelLength = 160

    /// Tooltips in the diagram are cut to this many characters.
    public static let tooltipLength = 600

    /// The formatted limit for messages: `10,000`.
    public static func formatted(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
