import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Parses SVG bytes as XML, failing the test if they are not well-formed.
func parseSVG(_ data: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
    do {
        return try XMLDocument(data: Data(data), options: [])
    } catch {
        XCTFail("SVG is not well-formed XML: \(error)", file: file, line: line)
        throw error
    }
}

extension XMLDocument {
    /// The string values of all elements with the given local name (SVG uses a default
    /// namespace, so plain `//text` would not match).
    func strings(ofElementsNamed name: String) throws -> [String] {
        try nodes(forXPath: "//*[local-name()='\(name)']").compactMap(\.stringValue)
    }
}

/// Escapes text for use inside a double-quoted DOT string.
func dotQuoted(_ text: String) -> String {
    var escaped = ""
    for character in text {
        switch character {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case "\n": escaped += "\\n"
        default: escaped.append(character)
        }
    }
    return "\"\(escaped)\""
}
