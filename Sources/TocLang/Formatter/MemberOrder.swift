/// The canonical order of the lines inside a declaration or a link.
enum MemberOrder {
    /// Details in the schema's order (``DeclarationKind/properties``), then nested declarations (indicators).
    /// Lines of the same detail (a repeated `target`) and nested declarations keep the order they were written in.
    ///
    /// One exception keeps the plan's meaning: when an indicator names its comparator both on its `design` line and
    /// on a `comparator` line, the later one counts, so those two lines keep the order they were written in.
    static func ordered(_ declaration: Declaration) -> [Declaration.Member] {
        let order = declaration.kind.properties
        let comparatorTwice = declaration.properties(named: "design").contains { $0.items.count > 1 }
            && !declaration.properties(named: "comparator").isEmpty
        return stableSorted(declaration.members) { member in
            switch member {
            case .property(let property):
                let name = comparatorTwice && property.name.text == "comparator" ? "design" : property.name.text
                return order.firstIndex(of: name) ?? order.count
            case .declaration:
                return order.count + 1
            }
        }
    }

    /// A link's details: `assuming` lines, then `because`.
    static func ordered(_ details: [Property]) -> [Property] {
        let order = DeclarationKind.linkProperties
        return stableSorted(details) { order.firstIndex(of: $0.name.text) ?? order.count }
    }

    private static func stableSorted<Element>(_ elements: [Element], by rank: (Element) -> Int) -> [Element] {
        elements.enumerated()
            .map { (rank: rank($0.element), index: $0.offset, element: $0.element) }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
            .map(\.element)
    }
}
