import TocDiagnostics

/// Which rules run and at what severity. Built from the defaults, then the plan's own `rules` block, then a
/// `toc.config` beside the plan (the reviewer's settings win over the plan author's).
public struct RuleConfiguration: Sendable, Equatable {
    /// A rule's setting: a severity, or off.
    public enum Setting: Sendable, Equatable {
        case severity(Severity)
        case off

        /// Reads `error`, `warning`, `info` or `off` (and `ignore`, `none` for off).
        public init?(_ text: String) {
            switch text.lowercased() {
            case "off", "ignore", "none", "disabled": self = .off
            case "error": self = .severity(.error)
            case "warning", "warn": self = .severity(.warning)
            case "info", "information", "note": self = .severity(.info)
            default: return nil
            }
        }

        public static let spellings = ["error", "warning", "info", "off"]
    }

    /// Overrides by rule id; rules not named keep their default severity.
    public private(set) var settings: [String: Setting] = [:]

    public init(settings: [String: Setting] = [:]) {
        self.settings = settings
    }

    /// This configuration with `other`'s settings on top.
    public func overridden(by other: RuleConfiguration) -> RuleConfiguration {
        RuleConfiguration(settings: settings.merging(other.settings) { $1 })
    }

    /// The severity a rule's findings get, or nil when the rule is off.
    public func severity(of rule: any Rule) -> Severity? {
        switch settings[rule.id] {
        case .off: nil
        case .severity(let severity): severity
        case nil: rule.defaultSeverity
        }
    }
}
