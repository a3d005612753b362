import TocDiagnostics
import TocLang
import TocModel
import Yams

/// Reads a framework from YAML text. Never fails on odd input: everything wrong is a ``FrameworkProblem`` with its
/// line and column, in file order (at most ``maximumProblems``).
public enum FrameworkReader {
    /// Problems reported before the rest are left out.
    public static let maximumProblems = 20
    /// Deepest `[` / `{` nesting accepted before parsing (a framework needs 3; deep nesting could exhaust the stack).
    static let maximumNesting = 32
    /// Most features plus outcomes, and most indicators per item, in one framework.
    static let maximumItems = 500
    static let maximumIndicators = 100

    /// The framework in `text`, or (with no framework) the problems that stop it being used.
    ///
    /// - Parameter defaultID: the id to use when the file gives none (the file's name without `.yml`).
    /// - Parameter resolvesTags: whether plain values are given YAML's tags (`true`, `3`, `null`…) and `<<` keys
    ///   merged, as in any YAML file; the reader itself looks only at the text of values, so the bundled framework,
    ///   which has no `<<` keys, is read without, which saves compiling the resolver's regular expressions on every
    ///   run of toc (about a third of a small plan's check).
    public static func read(
        _ text: String, defaultID: String, resolvesTags: Bool = true
    ) -> (framework: Framework?, problems: [FrameworkProblem]) {
        if let problem = nestingProblem(in: text) { return (nil, [problem]) }
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text, resolvesTags ? .default : .basic)
        } catch let error as YamlError {
            return (nil, [problem(from: error, in: text)])
        } catch {
            return (nil, [FrameworkProblem(line: 1, column: 1, message: "this is not a YAML file: \(error)")])
        }
        guard let root else {
            return (nil, [FrameworkProblem(line: 1, column: 1, message: "the file is empty", hint: Self.startHint)])
        }
        var state = FrameworkNodeReader()
        let framework = state.framework(root, defaultID: defaultID)
        let problems = state.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        if let framework, problems.isEmpty { return (framework, []) }
        return (nil, Array(problems.prefix(maximumProblems)))
    }

    static let startHint = "a framework file starts with lines such as `id: my-framework` and `name: \"…\"`, then lists `outcomes:` (see docs/frameworks.md)"

    /// Rejects pathological bracket nesting before the YAML parser recurses into it.
    static func nestingProblem(in text: String) -> FrameworkProblem? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: Character?
        var comment = false
        for character in text {
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                comment = false
                continue
            }
            if comment { continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "#": comment = true
            case "[", "{":
                depth += 1
                if depth > maximumNesting {
                    return FrameworkProblem(line: line, column: column, message: "brackets are nested too deeply here", hint: startHint)
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    private static func problem(from error: YamlError, in text: String) -> FrameworkProblem {
        let hint = "check the indentation (spaces, not tabs), and put text containing `: ` or ` #` in double quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) on line \($0.mark.line))" } ?? problem
            return FrameworkProblem(line: mark.line, column: mark.column, message: "this is not valid YAML: \(detail)", hint: hint)
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: text)
            return FrameworkProblem(line: line, column: column, message: "the file has characters that cannot be read: \(problem)", hint: "save it as UTF-8 text")
        default:
            return FrameworkProblem(line: 1, column: 1, message: "this is not valid YAML: \(error)", hint: hint)
        }
    }

    private static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
