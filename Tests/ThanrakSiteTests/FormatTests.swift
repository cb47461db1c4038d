import Testing
@testable import ThanrakSite

/// Numbers as Thai readers write them: thousands grouped, at most two
/// decimals, trailing zeros dropped (written backwards into a stack buffer).
@Suite struct FormatTests {
    @Test(arguments: [
        (0.0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (240_000, "240,000"),
        (1234.5, "1,234.5"), (0.05, "0.05"), (12.10, "12.1"), (999.999, "1,000"),
        (-1500.25, "-1,500.25"), (1_234_567_890.12, "1,234,567,890.12"),
    ])
    func number(_ value: Double, _ written: String) {
        #expect(Format.number(value) == written)
    }

    @Test func extremesNeitherTrapNorOverflowTheBuffer() {
        #expect(Format.number(.nan) == "–")
        #expect(Format.number(.infinity) == "–")
        #expect(Format.number(1e300) == "92,000,000,000,000,000")
        #expect(Format.number(-1e300) == "-92,000,000,000,000,000")
    }
}
