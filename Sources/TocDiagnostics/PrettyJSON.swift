/// Writes JSON laid out exactly as Foundation's `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`: two spaces per level, `"key" : value`, and an empty array or object as its brackets
/// with a blank line between.
///
/// `toc check --format json` on a large plan writes thousands of findings; through `JSONEncoder` (a container and an
/// existential per value) that took longer than checking the plan. Writing the few shapes the diagnostics schema
/// has directly, into one byte buffer, gives the same bytes for a small fraction of the work.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    /// An object: `members` writes its members, in sorted key order, with ``member(_:_:)``.
    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    /// An array: `elements` writes each element with ``element(_:)``.
    mutating func array(_ elements: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// One member of an object (keys must come in sorted order, as `.sortedKeys` writes them).
    mutating func member(_ key: String, _ value: (inout PrettyJSON) -> Void) {
        separate()
        string(key)
        bytes += " : ".utf8
        value(&self)
    }

    /// One element of an array.
    mutating func element(_ value: (inout PrettyJSON) -> Void) {
        separate()
        value(&self)
    }

    mutating func integer(_ value: Int) {
        bytes += String(value).utf8
    }

    /// A string, escaped as `JSONEncoder` escapes it (``JSONString``).
    mutating func string(_ value: String) {
        JSONString.append(value, to: &bytes)
    }

    /// Whether the container being written has had a member or element yet.
    private var isFirst = true

    private mutating func container(open: UInt8, close: UInt8, _ contents: (inout PrettyJSON) -> Void) {
        bytes.append(open)
        depth += 1
        let outerIsFirst = isFirst
        isFirst = true
        contents(&self)
        if isFirst { bytes.append(UInt8(ascii: "\n")) }  // empty: a blank line between the brackets
        depth -= 1
        newline()
        bytes.append(close)
        isFirst = outerIsFirst
    }

    /// A comma after the previous member, then a new line at the current depth.
    private mutating func separate() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        newline()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }
}
