import Testing
import ThanrakModel
import ThanrakTestSupport

/// Fuzz-like: mutate a valid tree in many seeded ways and check each one.
/// A crash fails the whole run; every diagnostic must point at a real
/// position. Seeds are fixed so a failure can be replayed.
@Suite struct MutationFuzzTests {
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let fragments: [[UInt8]] = [":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "|", ">", "'", "\"", "#", "@", "\t", "\n", "---\n", "? ", "~", "null", "\u{0E48}", "\u{FEFF}", "[x](@nope)", "<b>"]
        .map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE0, 0x80]]

    static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = bytes
        switch rng.below(6) {
        case 0 where !b.isEmpty:  // flip a byte
            b[rng.below(b.count)] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
        case 1:  // insert a YAML- or Markdown-significant fragment
            b.insert(contentsOf: fragments[rng.below(fragments.count)], at: rng.below(b.count + 1))
        case 2 where !b.isEmpty:  // truncate
            b.removeSubrange(rng.below(b.count)...)
        case 3:  // delete a line
            var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false)
            if !lines.isEmpty { lines.remove(at: rng.below(lines.count)) }
            b = Array(lines.joined(separator: [0x0A]))
        case 4:  // duplicate a line (duplicate keys, ids)
            var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false)
            if !lines.isEmpty { let i = rng.below(lines.count); lines.insert(lines[i], at: i) }
            b = Array(lines.joined(separator: [0x0A]))
        default:  // swap indentation for a tab
            if let i = b.firstIndex(of: 0x20) { b[i] = 0x09 }
        }
        return b
    }

    @Test(arguments: 0..<8)
    func mutatedTreesNeverCrashAndPointAtRealPlaces(batch: Int) throws {
        var rng = SplitMix64(state: UInt64(batch) &* 7919)
        let base = TestTree.minimal()
        let paths = base.files.keys.sorted()
        for _ in 0..<40 {
            var tree = base
            for _ in 0...rng.below(3) {
                let path = paths[rng.below(paths.count)]
                let current = tree.rawFiles[path] ?? Array(tree.files[path, default: ""].utf8)
                tree.rawFiles[path] = Self.mutate(current, &rng)
                if rng.below(8) == 0 { tree.rawFiles[path] = nil; tree.files[path] = nil }
            }
            let report = try tree.check()
            for d in report.diagnostics {
                #expect(d.line >= 1 && d.column >= 1, "\(d)")
                #expect(!d.message.isEmpty)
            }
        }
    }
}
