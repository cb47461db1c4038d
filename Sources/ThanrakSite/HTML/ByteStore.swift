#if canImport(Glibc)
import Glibc
#endif

/// Where markup bytes can be written: a page under construction
/// (`HTMLBuffer`) or a plain array (a link made as a String). Links and
/// numbers are written through it straight into either.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteSink {
    /// ` name="value"` for a number (`name` with its leading space), as
    /// SVG coordinates and sizes are written.
    mutating func attribute(_ name: StaticString, _ value: Int) {
        name.withUTF8Buffer { append(contentsOf: $0) }
        append(UInt8(ascii: "="))
        append(UInt8(ascii: "\""))
        DecimalBytes.append(value, to: &self)
        append(UInt8(ascii: "\""))
    }
}

/// Growable bytes, copied on write like an array, that take a block at the
/// cost of one `memcpy`. `Array.append(contentsOf:)` on a buffer pointer
/// copied element by element behind a uniqueness and a capacity check: a
/// page is thousands of small appends, and they were 8 % of a build.
struct ByteStore: @unchecked Sendable, ByteSink {  // the box is never shared mutably: see `reserve`
    private final class Box {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    private var box: Box

    init(capacity: Int) { box = Box(capacity: capacity) }

    var count: Int { box.count }

    /// The bytes as an array (one copy).
    var array: [UInt8] {
        let box = box
        return [UInt8](unsafeUninitializedCapacity: box.count) { buffer, initialized in
            if let target = buffer.baseAddress, box.count > 0 { memcpy(target, box.base, box.count) }
            initialized = box.count
        }
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: box.base, count: box.count))
    }

    /// Forgets the bytes, keeping the room (in a box of its own).
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&box) { box.count = 0 } else { box = Box(capacity: box.capacity) }
    }

    /// Room for `extra` more bytes in a box of this value's own: a copy
    /// made of this value shares the box until one of them writes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if !isKnownUniquelyReferenced(&box) || box.capacity &- box.count < extra { grow(extra) }
    }

    private mutating func grow(_ extra: Int) {
        let old = box
        let needed = old.count + extra
        let fresh = Box(capacity: old.capacity >= needed ? old.capacity : Swift.max(old.capacity * 2, needed))
        if old.count > 0 { memcpy(fresh.base, old.base, old.count) }
        fresh.count = old.count
        box = fresh
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        box.base[box.count] = byte
        box.count &+= 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        memcpy(box.base + box.count, source, bytes.count)
        box.count &+= bytes.count
    }
}
