/// Holds a large value behind one reference, so that copying the struct that owns the box costs one retain rather
/// than one per field; the owner copies the value out only when it changes a shared box (copy-on-write).
///
/// ``Node`` and ``Indicator`` keep their fields in one of these: rules read elements by the thousand (filtering
/// them by kind, following links), and each copy of a plain struct of twenty-odd fields retained every array and
/// string in it (about a tenth of `toc check`'s time on a 10,000-element plan).
///
/// `@unchecked Sendable`: the value is only ever mutated through ``CopyOnWriteBox/unique(_:)``, which first makes
/// the box uniquely referenced, so a box reachable from two places (or two threads) is never written.
///
/// `@exclusivity(unchecked)`: every read of a class's stored `var` is otherwise checked at run time for a conflicting
/// access (`swift_beginAccess`), which on a 10,000-element plan cost about 60 M instructions, as rules read elements'
/// kinds and links by the hundred thousand. A conflict cannot happen here: the value is written only through the
/// owning struct's `_modify` accessor, after ``unique(_:)``, so the compiler's static checks of that struct already
/// rule out a read of the same box during a write.
final class CopyOnWriteBox<Value: Sendable>: @unchecked Sendable {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Makes `box` the only reference to its value (copying the value into a new box when it is shared), so that the
    /// caller may change it in place.
    static func unique(_ box: inout CopyOnWriteBox<Value>) {
        if !isKnownUniquelyReferenced(&box) { box = CopyOnWriteBox(box.value) }
    }
}
