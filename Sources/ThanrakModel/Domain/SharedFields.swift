/// The fields of a model value kept behind one reference, so copying the
/// value costs one retain instead of one per String and array inside it.
/// Canvas items and indicators are copied out of their arrays by every
/// component that shows them (in a 10,000-community build those copies,
/// eight to twelve retains and releases each, were 4 % of the CPU). The
/// value stays a value: a setter copies the fields first unless this is
/// their only holder (copy on write), so no two values ever share a change.
@usableFromInline
final class SharedFields<Fields: Sendable>: @unchecked Sendable {
    // @unchecked: `fields` changes only through `SharedFields.write`, which
    // first makes sure that the caller holds the only reference.
    @usableFromInline var fields: Fields

    @usableFromInline init(_ fields: Fields) { self.fields = fields }

    /// Changes `box`'s fields, copying them first when another value shares them.
    @inlinable
    static func write(_ box: inout SharedFields<Fields>, _ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = SharedFields(box.fields) }
        change(&box.fields)
    }
}
