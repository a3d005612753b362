import TocKit

/// The rules the structural suites exercise (names and the shape of the graph), so that rules about timing,
/// plausibility and coverage do not add their own findings to these small plans.
let structuralRules: [any Rule] = RuleRegistry.names + RuleRegistry.structure
