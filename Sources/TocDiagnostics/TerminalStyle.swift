/// ANSI styling for terminal output, or none. The CLI decides which from `--color auto|always|never`.
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TerminalStyle(enabled: false)
    public static let ansi = TerminalStyle(enabled: true)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func gutter(_ text: String) -> String { wrap(text, "1;34") }
    public func hint(_ text: String) -> String { wrap(text, "1;32") }

    public func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "1;33")
        case .info: wrap(text, "1;36")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
