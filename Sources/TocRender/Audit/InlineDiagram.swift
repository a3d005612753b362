import TocModel

/// Prepares Graphviz's SVG of a plan for inlining in the HTML audit: drops the XML prolog, doctype and comments,
/// gives the drawing an accessible name (a `<title>` and `aria-label`), and makes each element with findings a link to
/// its first finding (`#finding-<n>`).
///
/// The SVG comes from ``DOTWriter`` through Graphviz, which escapes every piece of plan text (``DOTEscaping``, then
/// Graphviz's own XML escaping). This step adds only text it escapes itself and `#finding-<n>` links it makes from
/// numbers, so no plan text can become a link, an attribute or an element.
public enum InlineDiagram {
    /// - Parameters:
    ///   - svg: the SVG document Graphviz wrote.
    ///   - title: the diagram's accessible name.
    ///   - links: the finding number to link each element to, by element id.
    ///   - descriptionID: the id of an element describing the diagram in words, for `aria-describedby`.
    public static func prepare(_ svg: String, title: String, links: [NodeID: Int], descriptionID: String? = nil) -> String {
        var text = withoutProlog(svg)
        text = labelled(text, title: title, descriptionID: descriptionID)
        return linked(text, links: links)
    }

    /// The text from `<svg` on, without comments.
    static func withoutProlog(_ svg: String) -> String {
        var rest = Substring(svg)
        if let start = rest.firstRange(of: "<svg") { rest = rest[start.lowerBound...] }
        var result = ""
        while let open = rest.firstRange(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
        }
        result += rest
        while result.last == "\n" || result.last == " " { result.removeLast() }
        return result
    }

    /// Adds `role`, `aria-label` (and `aria-describedby`) to the root element, and a `<title>` as its first child.
    static func labelled(_ svg: String, title: String, descriptionID: String?) -> String {
        guard let root = svg.firstRange(of: "<svg"), let end = svg[root.upperBound...].firstRange(of: ">") else { return svg }
        let name = HTMLEscaping.escape(title)
        var attributes = " role=\"group\" aria-label=\"\(name)\""
        if let descriptionID { attributes += " aria-describedby=\"\(HTMLEscaping.escape(descriptionID))\"" }
        return String(svg[..<root.upperBound]) + attributes + String(svg[root.upperBound..<end.upperBound])
            + "\n<title>\(name)</title>" + String(svg[end.upperBound...])
    }

    /// Makes each element group (`<g id="node-…" class="node">`) with a finding link to it, through the `<a>`
    /// Graphviz writes for the element's tooltip.
    static func linked(_ svg: String, links: [NodeID: Int]) -> String {
        guard !links.isEmpty else { return svg }
        let opening = "<g id=\""
        var result = ""
        var rest = Substring(svg)
        while let start = rest.firstRange(of: opening) {
            result += rest[..<start.lowerBound]
            rest = rest[start.lowerBound...]
            guard let quote = rest[start.upperBound...].firstIndex(of: "\"") else { break }
            let id = decode(rest[start.upperBound..<quote])
            let tagEnd = rest[quote...].firstIndex(of: ">") ?? rest.endIndex
            let isNode = rest[quote..<tagEnd].contains("class=\"node\"")
            guard isNode, id.hasPrefix("node-"), let number = links[NodeID(String(id.dropFirst("node-".count)))],
                  let anchor = rest.firstRange(of: "<a xlink:title="),
                  anchor.lowerBound < (rest.firstRange(of: "</g>")?.lowerBound ?? rest.endIndex)
            else {
                result += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                continue
            }
            let target = "#finding-\(number)"
            result += rest[..<anchor.lowerBound] + "<a href=\"\(target)\" xlink:href=\"\(target)\" xlink:title="
            rest = rest[anchor.upperBound...]
        }
        return result + rest
    }

    /// Decodes the character references Graphviz writes in attribute values (`&#45;`, `&amp;`…).
    static func decode(_ text: Substring) -> String {
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += rest[amp...semicolon]
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
