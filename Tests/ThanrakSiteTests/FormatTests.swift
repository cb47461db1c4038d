import Testing
import ThanrakModel
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

    @Test(arguments: [(0, "0 communities"), (1, "1 community"), (2, "2 communities"), (1200, "1,200 communities")])
    func countTakesTheSingularForOneOnly(_ n: Int, _ written: String) {
        #expect(Format.count(n, "community", "communities") == written)
    }

    @Test func extremesNeitherTrapNorOverflowTheBuffer() {
        #expect(Format.number(.nan) == "–")
        #expect(Format.number(.infinity) == "–")
        #expect(Format.number(1e300) == "92,000,000,000,000,000")
        #expect(Format.number(-1e300) == "-92,000,000,000,000,000")
    }
}

/// The byte writers give exactly the Strings' bytes (pages write numbers,
/// years and money through them; tooltips and tests use the Strings).
@Suite struct FormatBytesTests {
    static let site = Site(title: LocalizedText("t", language: "th"), baseURL: "https://example.org/", languages: ["th", "en"], calendar: .buddhist)

    @Test(arguments: [0.0, 7, 1000, 1234.5, 0.05, -1500.25, 1e300, -1e300, .nan, .infinity, -.infinity])
    func numberBytesEqualTheString(_ value: Double) {
        var html = HTMLBuffer()
        html.number(value)
        #expect(String(decoding: html.bytes, as: UTF8.self) == Format.number(value))
    }

    @Test(arguments: [SiteCalendar.buddhist, .gregorian], ["th", "en"])
    func yearBytesSayTheCalendar(_ calendar: SiteCalendar, _ code: String) {
        let language = PageLanguage(code: code, site: Self.site)
        var html = HTMLBuffer()
        Format.appendYear(Year(written: 2566), calendar: calendar, language: language, to: &html)
        let expected = switch (calendar, code) {
        case (.buddhist, "th"): "พ.ศ. 2566"
        case (.buddhist, _): "BE 2566"
        case (.gregorian, "th"): "ค.ศ. 2023"
        default: "2023"
        }
        #expect(String(decoding: html.bytes, as: UTF8.self) == expected)
        #expect(Format.year(Year(written: 2566), calendar: calendar, language: language) == expected)
    }

    @Test func moneySaysAmountAndPeriod() {
        let thai = PageLanguage(code: "th", site: Self.site), english = PageLanguage(code: "en", site: Self.site)
        func written(_ amount: Double, _ period: Period, _ language: PageLanguage) -> String {
            var html = HTMLBuffer()
            MoneyText.write(Money(amount: Number(value: amount, text: "\(amount)"), period: period), language: language, into: &html)
            return String(decoding: html.bytes, as: UTF8.self)
        }
        #expect(written(240_000, .year, thai) == "240,000 บาท/ปี")
        #expect(written(5000, .month, thai) == "5,000 บาท/เดือน")
        #expect(written(30000, .once, thai) == "30,000 บาท (ครั้งเดียว)")
        #expect(written(1234.5, .year, english) == "1,234.5 baht/year")
        #expect(written(5000, .month, english) == "5,000 baht/month")
        #expect(written(30000, .once, english) == "30,000 baht (one-off)")
    }
}
