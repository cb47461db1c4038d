import Dispatch

/// Maps over items on every core and returns results in input order, so
/// output never depends on which thread finished first.
public enum Parallel {
    /// `jobs == 1` runs serially on the calling thread (tests compare the two).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count < 2 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, transform(items[i]))
        }
        return results.take()
    }
}

/// One slot per item, each written by exactly one iteration: no two threads
/// touch the same slot, which is why the unchecked Sendable is sound.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ i: Int, _ value: R) { slots[i] = value }

    func take() -> [R] { slots.compactMap { $0 } }
}
