import Dispatch

/// Maps over items on every core and returns results in input order, so
/// output never depends on which thread finished first.
public enum Parallel {
    /// `jobs == 1` runs serially on the calling thread (tests compare the two).
    /// Inlinable so that callers in other modules get a specialised copy:
    /// unspecialised, every item and result is copied through value witnesses.
    @inlinable
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count < 2 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Through the buffer, each item is lent to `transform` in place;
        // `items[i]` in the closure copied it (retaining all it holds).
        items.withUnsafeBufferPointer { buffer in
            let shared = SharedItems(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { i in
                results.set(i, transform(shared.buffer[i]))
            }
        }
        return results.take()
    }
}

/// The items, read-only, for the iterations of one concurrentPerform. The
/// unchecked Sendable is sound: the items are Sendable, nothing writes
/// them, and concurrentPerform returns before withUnsafeBufferPointer does.
@usableFromInline
struct SharedItems<T: Sendable>: @unchecked Sendable {
    @usableFromInline let buffer: UnsafeBufferPointer<T>

    @inlinable
    init(buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}

/// One slot per item, each written by exactly one iteration: no two threads
/// touch the same slot, which is why the unchecked Sendable is sound.
@usableFromInline
final class ResultSlots<R>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutableBufferPointer<R?>

    @usableFromInline
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    @inlinable
    func set(_ i: Int, _ value: R) { slots[i] = value }

    /// Moves the results out (the slots are left empty): results are large
    /// structs, and a copy would retain every reference inside them.
    @inlinable
    func take() -> [R] {
        var results: [R] = []
        results.reserveCapacity(slots.count)
        for i in slots.indices {
            if let value = slots[i].take() { results.append(value) }
        }
        return results
    }
}
