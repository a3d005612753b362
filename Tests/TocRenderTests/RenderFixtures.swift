import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocKit
import XCTest

/// Plans and helpers shared by the render tests.
enum RenderFixtures {
    /// A small plan with every kind of element, a `uses` edge, attached and free assumptions, an outcome without a
    /// horizon, an empty stage (no intermediate outcomes), a cohort, a risk, an audit answer, and text that needs
    /// escaping (`&`, quotes, `<`).
    static let familyHelp = """
        theory "Family Help in Northshire"
          kind targeted-service
          starts 2024-04
          ends 2026-03
          description "Keyworkers for families on the edge of care"

        cohort families "Families referred to Early Help"
          size 120
          recruit 150
          eligibility "Two or more needs on the early help assessment"

        input grant "Innovation fund grant"
        input workers "Family help workers"

        activity recruit "Recruit & train family help workers"
          phase set-up
          from month 1 to month 6
          uses grant, workers
          involves training
        activity visits "Weekly home visits"
          description "Up to a year of visits by one worker"
          phase implementation
          from month 4 to month 24
          uses workers
          features strengths-based, family-focus

        output sessions "Home visits & \\"check-ins\\" delivered"
          target 2000 visits by 2026-03

        outcome trust "Families trust their worker"
          horizon immediate
          for families
        outcome safer "Children are safer at home (<5 on the risk scale)"
          horizon long-term
          for children
          contributes-to reducing-risk
          expected by 2026-03
          indicator cpp "Children on child protection plans"
            measure rate
            direction down
            source "Children in Need census"
            baseline 45 in 2023-03 available
            target 38 by 2026-03
        outcome calmer "Parents feel less stressed"

        assumption stay "Workers stay in post for the whole project"
          evidence moderate
        assumption engage "Families take up the offer"
          evidence weak
        assumption funding "The council keeps funding early help"

        recruit -> visits -> sessions -> trust
          assuming stay
          because "a steady worker builds trust"
        trust -> safer
        sessions -> calmer
          assuming engage

        risk turnover "Worker turnover"
          likelihood medium
          impact high
          mitigation "Supervision and caseload caps"
          affects visits

        audit data "Data"
          now "Case records only"
          needs "Outcome data for each family"
        """

    static func analysis(_ text: String, path: String = "plan.toc") -> Analysis {
        Analysis(file: SourceFile(path: path, text: text))
    }

    /// Writes a Swift string as a `.toc` string literal, escaping what the lexer would otherwise read.
    static func tocString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

// MARK: - SVG inspection

extension XMLNode {
    /// This node and every node below it, depth first.
    var allElements: [XMLElement] {
        var result: [XMLElement] = []
        var stack: [XMLNode] = [self]
        while let node = stack.popLast() {
            if let element = node as? XMLElement { result.append(element) }
            stack += (node.children ?? []).reversed()
        }
        return result
    }
}

extension XMLElement {
    /// The value of the attribute with this local name (`id`, `title` for `xlink:title`), if any.
    func attributeValue(_ localName: String) -> String? {
        attributes?.first { ($0.localName ?? $0.name) == localName }?.stringValue
    }
}

extension XMLDocument {
    /// Elements by local name (SVG puts everything in a default namespace).
    func elements(named name: String) -> [XMLElement] {
        (rootElement()?.allElements ?? []).filter { ($0.localName ?? $0.name) == name }
    }

    /// The text of every `<text>` element, in document order.
    var texts: [String] { elements(named: "text").compactMap(\.stringValue) }
}

/// Parses SVG bytes as XML, failing the test if they are not well-formed.
func parseSVG(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
    do {
        return try XMLDocument(data: Data(bytes), options: [])
    } catch {
        XCTFail("SVG is not well-formed XML: \(error)", file: file, line: line)
        throw error
    }
}
