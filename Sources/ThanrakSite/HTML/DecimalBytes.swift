/// An integer's decimal digits appended as bytes, for the coordinates,
/// sizes and counts markup is full of. `"\(n)"` built a String per number
/// (the charts of a 10,000-plan build have millions), then copied it.
enum DecimalBytes {
    static func append(_ value: Int, to bytes: inout some ByteSink) {
        var v = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // At most 20 digits, written backwards into a buffer on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var at = buffer.count
            repeat {
                at -= 1
                buffer[at] = UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
                v /= 10
            } while v > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[at...]))
        }
    }
}
