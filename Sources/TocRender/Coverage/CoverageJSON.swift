import Foundation
import TocChecks

/// A coverage report as JSON, schema `toc-coverage` (documented in `docs/coverage.md`). Keys are sorted and output
/// is pretty-printed; optional fields are left out when empty. Version 1; a change that removes or renames a field
/// raises the version.
public enum CoverageJSON {
    public static let schemaVersion = 1

    /// The whole report as JSON text, every section included.
    public static func render(_ report: CoverageReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(report))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        let schema = "toc-coverage"
        let version = CoverageJSON.schemaVersion
        let file: String
        let title: String
        let framework: FrameworkEntry?
        let activities: [ActivityEntry]
        let features: [FeatureEntry]
        let frameworkOutcomes: [FrameworkOutcomeEntry]
        let unlinkedOutcomes: [OutcomeEntry]
        let indicators: [IndicatorEntry]
        let stages: [StageEntry]
        let total: StageEntry

        init(_ report: CoverageReport) {
            file = report.file
            title = report.title
            framework = report.framework.map { FrameworkEntry(id: $0.id, name: $0.name) }
            activities = report.activities.map { ActivityEntry(id: $0.id, label: $0.label, features: $0.features, otherFeatures: $0.otherFeatures.nilIfEmpty) }
            features = report.features.map { FeatureEntry(id: $0.id, name: $0.name, activities: $0.activities) }
            frameworkOutcomes = report.frameworkOutcomes.map(FrameworkOutcomeEntry.init)
            unlinkedOutcomes = report.unlinkedOutcomes.map(OutcomeEntry.init)
            indicators = report.indicators.map(IndicatorEntry.init)
            stages = report.stages.map(StageEntry.init)
            total = StageEntry(report.total)
        }
    }

    struct FrameworkEntry: Encodable { let id: String, name: String }
    struct ActivityEntry: Encodable { let id: String, label: String, features: [String], otherFeatures: [String]? }
    struct FeatureEntry: Encodable { let id: String, name: String, activities: [String] }

    struct FrameworkOutcomeEntry: Encodable {
        let id: String, name: String, addressed: Bool, outcomes: [OutcomeEntry], suggestedIndicators: [SuggestionEntry]
        init(_ item: FrameworkOutcomeCoverage) {
            id = item.id
            name = item.name
            addressed = !item.outcomes.isEmpty
            outcomes = item.outcomes.map(OutcomeEntry.init)
            suggestedIndicators = item.suggestedIndicators.map {
                SuggestionEntry(name: $0.name, measure: $0.measure, unit: $0.unit, direction: $0.direction?.rawValue, source: $0.source)
            }
        }
    }

    struct SuggestionEntry: Encodable { let name: String, measure: String?, unit: String?, direction: String?, source: String? }

    struct OutcomeEntry: Encodable {
        let id: String, label: String, horizon: String?, measured: Bool, indicators: [StatusEntry]
        init(_ outcome: PlanOutcome) {
            id = outcome.id
            label = outcome.label
            horizon = outcome.horizon?.rawValue
            measured = outcome.isMeasured
            indicators = outcome.indicators.map { StatusEntry(id: $0.id, label: $0.label, complete: $0.isComplete, missing: $0.missing.nilIfEmpty) }
        }
    }

    struct StatusEntry: Encodable { let id: String, label: String, complete: Bool, missing: [String]? }

    struct IndicatorEntry: Encodable {
        let id: String, label: String, measures: String, measuresKind: String, horizon: String?, definition: String?, measure: String?
        let unit: String?, direction: String?, source: String?, method: String?, frequency: String?, owner: String?, baseline: String?
        let targets: [String]?, disaggregation: [String]?, design: String?, comparator: String?, complete: Bool, missing: [String]?

        init(_ row: IndicatorPlanRow) {
            id = row.id
            label = row.label
            measures = row.measures
            measuresKind = row.measuresKind
            horizon = row.horizon
            definition = row.definition
            measure = row.measure
            unit = row.unit
            direction = row.direction
            source = row.source
            method = row.method
            frequency = row.frequency
            owner = row.owner
            baseline = row.baseline
            targets = row.targets.nilIfEmpty
            disaggregation = row.disaggregation.nilIfEmpty
            design = row.design
            comparator = row.comparator
            complete = row.isComplete
            missing = row.missing.nilIfEmpty
        }
    }

    struct StageEntry: Encodable {
        let stage: String, horizon: String?, outcomes: Int, measured: Int, share: Double?
        init(_ stage: StageCoverage) {
            self.stage = stage.stage
            horizon = stage.horizon
            outcomes = stage.outcomes
            measured = stage.measured
            share = stage.share.map { ($0 * 1000).rounded() / 1000 }
        }
    }
}

fileprivate extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
