import Foundation
import TocDiagnostics
import TocModel

/// The model as JSON for other tools, with a versioned schema (documented in `docs/json-export.md`).
///
/// Locations are given as 1-based line and column, not byte offsets. Keys are sorted and output is pretty-printed,
/// so exports diff cleanly. Version 1; a change that removes or renames a field raises the version.
public enum ModelExport {
    public static let schemaVersion = 1

    public static func json(_ model: TheoryModel) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(model))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Location: Encodable {
        let line: Int
        let column: Int
        init(_ range: SourceRange, in file: SourceFile) {
            let location = file.location(of: range.start)
            line = location.line
            column = location.column
        }
    }

    struct Document: Encodable {
        let schema = "toc-model"
        let version = ModelExport.schemaVersion
        let file: String
        let theory: Theory?
        let cohorts: [CohortEntry]
        let nodes: [NodeEntry]
        let links: [LinkEntry]
        let risks: [RiskEntry]
        let audit: [AuditEntry]

        init(_ model: TheoryModel) {
            let file = model.file
            self.file = file.path
            theory = model.theory.map { Theory($0, file) }
            cohorts = model.cohorts.map { CohortEntry($0, file) }
            nodes = model.nodes.values.map { NodeEntry($0, file) }
            links = model.links.map { LinkEntry($0, file) }
            risks = model.risks.map { RiskEntry($0, file) }
            audit = model.audits.map { AuditEntry($0, file) }
        }
    }

    struct Theory: Encodable {
        let title: String, kind: String?, starts: String?, ends: String?, framework: String?, description: String?
        let location: Location
        init(_ header: TheoryHeader, _ file: SourceFile) {
            title = header.title
            kind = header.kind?.rawValue
            starts = header.starts?.description
            ends = header.ends?.description
            framework = header.framework
            description = header.description
            location = Location(header.range, in: file)
        }
    }

    struct CohortEntry: Encodable {
        let id: String, label: String, size: Int?, recruit: Int?, eligibility: String?, description: String?
        let location: Location
        init(_ cohort: Cohort, _ file: SourceFile) {
            id = cohort.id.rawValue
            label = cohort.label
            size = cohort.size
            recruit = cohort.recruit
            eligibility = cohort.eligibility
            description = cohort.description
            location = Location(cohort.range, in: file)
        }
    }

    struct NodeEntry: Encodable {
        let id: String, kind: String, label: String, description: String?, stage: String?
        let phase: String?, from: String?, to: String?, uses: [String]?, features: [String]?, involves: [String]?
        let targets: [OutputTargetEntry]?
        let horizon: String?, beneficiaries: [String]?, contributesTo: [String]?, expected: String?
        let evidence: String?
        let indicators: [IndicatorEntry]?
        let location: Location

        init(_ node: Node, _ file: SourceFile) {
            id = node.id.rawValue
            kind = node.kind.rawValue
            label = node.label
            description = node.description
            stage = node.stage.map { "\($0)" }
            phase = node.phase?.rawValue
            from = node.window?.start?.description
            to = node.window?.end?.description
            uses = node.uses.isEmpty ? nil : node.uses.map(\.id.rawValue)
            features = node.features.isEmpty ? nil : node.features.map(\.id.rawValue)
            involves = node.involves.isEmpty ? nil : node.involves.map(\.rawValue)
            targets = node.targets.isEmpty ? nil : node.targets.map(OutputTargetEntry.init)
            horizon = node.horizon?.rawValue
            beneficiaries = node.beneficiaries.isEmpty ? nil : node.beneficiaries.map(\.rawValue)
            contributesTo = node.contributesTo.isEmpty ? nil : node.contributesTo.map(\.id.rawValue)
            expected = node.expected?.description
            evidence = node.evidence?.rawValue
            indicators = node.indicators.isEmpty ? nil : node.indicators.map { IndicatorEntry($0, file) }
            location = Location(node.range, in: file)
        }
    }

    struct OutputTargetEntry: Encodable {
        let value: String, unit: String?, by: String?
        init(_ target: OutputTarget) {
            value = target.value.description
            unit = target.unit
            by = target.by?.description
        }
    }

    struct IndicatorEntry: Encodable {
        let id: String, label: String, definition: String?, measure: String?, ratePer: Int?, unit: String?, direction: String?
        let source: String?, method: String?, frequency: String?, owner: String?
        let baseline: BaselineEntry?, targets: [TargetEntry], disaggregation: [String]?, design: String?, comparator: String?
        let location: Location

        init(_ indicator: Indicator, _ file: SourceFile) {
            id = indicator.id.rawValue
            label = indicator.label
            definition = indicator.definition
            measure = indicator.measure
            ratePer = indicator.ratePer
            unit = indicator.unit
            direction = indicator.direction?.rawValue
            source = indicator.source
            method = indicator.method
            frequency = indicator.frequency
            owner = indicator.owner
            baseline = indicator.baseline.map(BaselineEntry.init)
            targets = indicator.targets.map { TargetEntry(value: $0.value.description, by: $0.by?.description) }
            disaggregation = indicator.disaggregation.isEmpty ? nil : indicator.disaggregation
            design = indicator.design
            comparator = indicator.comparator
            location = Location(indicator.range, in: file)
        }
    }

    struct BaselineEntry: Encodable {
        let value: String?, at: String?, availability: String?, collectedFrom: String?
        init(_ baseline: Baseline) {
            value = baseline.value?.description
            at = baseline.at?.description
            switch baseline.availability {
            case .available: availability = "available"; collectedFrom = nil
            case .collectedFrom(let point): availability = "collected"; collectedFrom = point?.description
            case nil: availability = nil; collectedFrom = nil
            }
        }
    }

    struct TargetEntry: Encodable { let value: String; let by: String? }

    struct LinkEntry: Encodable {
        let from: String, to: String, assuming: [String]?, because: String?, location: Location
        init(_ link: Link, _ file: SourceFile) {
            from = link.from.id.rawValue
            to = link.to.id.rawValue
            assuming = link.assumptions.isEmpty ? nil : link.assumptions.map(\.id.rawValue)
            because = link.rationale
            location = Location(link.range, in: file)
        }
    }

    struct RiskEntry: Encodable {
        let id: String, label: String, likelihood: String?, impact: String?, mitigation: String?, affects: [String]?
        let location: Location
        init(_ risk: Risk, _ file: SourceFile) {
            id = risk.id.rawValue
            label = risk.label
            likelihood = risk.likelihood?.rawValue
            impact = risk.impact?.rawValue
            mitigation = risk.mitigation
            affects = risk.affects.isEmpty ? nil : risk.affects.map(\.id.rawValue)
            location = Location(risk.range, in: file)
        }
    }

    struct AuditEntry: Encodable {
        let row: String, label: String?, now: String?, needs: String?, progress: String?, location: Location
        init(_ answer: AuditAnswer, _ file: SourceFile) {
            row = answer.row
            label = answer.label
            now = answer.now
            needs = answer.needs
            progress = answer.progress
            location = Location(answer.range, in: file)
        }
    }
}
