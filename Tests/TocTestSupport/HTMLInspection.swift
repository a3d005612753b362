/// Reads the tags of an HTML document (as written, or as a browser serialised its DOM) well enough to check what a
/// page is made of: element names and attributes, with text, comments and the content of `<style>`, `<script>`,
/// `<title>` and `<textarea>` skipped. Text in a document never holds a raw `<` followed by a letter, so anything that
/// reads as a tag is one.
public enum HTMLInspection {
    public struct Tag: Equatable, CustomStringConvertible {
        /// Lower case.
        public let name: String
        /// Names in lower case, values as written (entities not decoded); nil for an attribute without a value.
        public let attributes: [(name: String, value: String?)]

        public static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
                && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }

        public func value(of attribute: String) -> String? {
            attributes.first { $0.name == attribute }?.value ?? nil
        }

        public var description: String {
            "<\(name)" + attributes.map { " \($0.name)" + ($0.value.map { "=\"\($0)\"" } ?? "") }.joined() + ">"
        }
    }

    /// Elements whose content is raw text: their content is skipped up to their closing tag.
    static let rawText: Set<String> = ["style", "script", "title", "textarea"]

    /// Every opening tag, in order.
    public static func tags(in html: String) -> [Tag] {
        let characters = Array(html)
        var tags: [Tag] = []
        var index = 0
        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text)
            guard position + pattern.count <= characters.count else { return false }
            return characters[position..<position + pattern.count].map { Character($0.lowercased()) } == pattern
        }
        func skip(past text: String) {
            while index < characters.count, !starts(text, at: index) { index += 1 }
            index = min(characters.count, index + text.count)
        }
        while index < characters.count {
            guard characters[index] == "<" else {
                index += 1
                continue
            }
            if starts("<!--", at: index) {
                index += 4
                skip(past: "-->")
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            guard next.isLetter else {
                // `</…>`, `<!DOCTYPE …>`, `<?xml …?>`: no attributes to check.
                index += 1
                if next == "/" || next == "!" || next == "?" { skip(past: ">") }
                continue
            }
            index += 1
            var name = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "-" || characters[index] == ":" {
                name.append(characters[index])
                index += 1
            }
            var attributes: [(name: String, value: String?)] = []
            while index < characters.count {
                while index < characters.count, characters[index].isWhitespace || characters[index] == "/" { index += 1 }
                guard index < characters.count, characters[index] != ">" else { break }
                var attribute = ""
                while index < characters.count, !characters[index].isWhitespace, !"=>/".contains(characters[index]) {
                    attribute.append(characters[index])
                    index += 1
                }
                while index < characters.count, characters[index].isWhitespace { index += 1 }
                var value: String?
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    while index < characters.count, characters[index].isWhitespace { index += 1 }
                    var text = ""
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        while index < characters.count, characters[index] != quote {
                            text.append(characters[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" {
                            text.append(characters[index])
                            index += 1
                        }
                    }
                    value = text
                }
                if attribute.isEmpty { index += 1 } else { attributes.append((attribute.lowercased(), value)) }
            }
            index += 1
            let tag = Tag(name: name.lowercased(), attributes: attributes)
            tags.append(tag)
            if rawText.contains(tag.name) { skip(past: "</\(tag.name)") }
        }
        return tags
    }

    /// What makes a page unsafe, found among its tags: script-like elements, event handler attributes, links and
    /// sources that are not `#` anchors or `data:` URLs, a `<style>` beyond the first, `<meta>` refreshes. Empty when
    /// the page is inert.
    public static func problems(in html: String) -> [String] {
        let tags = tags(in: html)
        var problems: [String] = []
        let forbidden: Set<String> = ["script", "img", "iframe", "object", "embed", "link", "base", "form", "input", "button",
                                      "frame", "frameset", "audio", "video", "source", "foreignobject", "animate", "set"]
        for tag in tags {
            if forbidden.contains(tag.name) { problems.append("element \(tag)") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { problems.append("event handler \(attribute.name) on \(tag)") }
                if ["href", "xlink:href", "src", "srcdoc", "action", "formaction", "data"].contains(attribute.name) {
                    let value = attribute.value ?? ""
                    if !(value.hasPrefix("#") || value.hasPrefix("data:")) { problems.append("link \(attribute.name)=\(value) on \(tag)") }
                }
                if attribute.name == "style" { problems.append("inline style on \(tag)") }
            }
            if tag.name == "meta", tag.value(of: "http-equiv")?.lowercased() == "refresh" { problems.append("meta refresh \(tag)") }
        }
        let styles = tags.count { $0.name == "style" }
        if styles > 1 { problems.append("\(styles) <style> elements") }
        return problems
    }
}
