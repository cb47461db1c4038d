import Testing
import ThanrakModel
import ThanrakSite

@Suite struct IndicatorProgressTests {
    typealias Status = IndicatorProgress.Status

    func observation(_ year: Int, _ value: Double) -> Observation {
        let span = SourceSpan(line: 1, column: 1)
        return Observation(year: Located(Year(written: year), at: span), value: Located(Number(value: value, text: "\(value)"), at: span), span: span)
    }

    func indicator(_ direction: Direction, baseline: (Int, Double)?, target: (Int, Double)?, measurements: [(Int, Double)]) -> Indicator {
        Indicator(
            id: Located("x", at: .fileStart), name: LocalizedText("x", language: "th"), level: .output, direction: direction,
            baseline: baseline.map { observation($0.0, $0.1) }, target: target.map { observation($0.0, $0.1) },
            measurements: measurements.map { observation($0.0, $0.1) }, span: .fileStart)
    }

    @Test func increaseOnTrack() {
        // Half the years gone, 60% of the way: on track.
        let p = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 200), measurements: [(2568, 160)]))
        #expect(p.percent == 60)
        #expect(p.status == .onTrack)
        #expect(p.percentText == "60%")
    }

    @Test func increaseBehind() {
        let p = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 200), measurements: [(2569, 150)]))
        #expect(p.percent == 50)
        #expect(p.status == .behind)
    }

    @Test func decreaseCountsDownward() {
        // Debt from 40,000 down toward 20,000: at 30,000 it is half way.
        let p = IndicatorProgress(indicator(.decrease, baseline: (2566, 40_000), target: (2570, 20_000), measurements: [(2568, 30_000)]))
        #expect(p.percent == 50)
        #expect(p.status == .onTrack)
    }

    @Test func decreaseGoingUpIsNegative() {
        let p = IndicatorProgress(indicator(.decrease, baseline: (2566, 40), target: (2570, 20), measurements: [(2567, 50)]))
        #expect(p.percent == -50)
        #expect(p.status == .behind)
    }

    @Test func reachedAndOvershoot() {
        let reached = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 200), measurements: [(2567, 200)]))
        #expect(reached.status == .reached)
        #expect(reached.percent == 100)
        let over = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 200), measurements: [(2567, 250)]))
        #expect(over.status == .reached)
        #expect(over.percent == 150)
        #expect(over.percentText == "150%")
    }

    @Test func zeroSpanNeverDividesByZero() {
        let met = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 100), measurements: [(2568, 100)]))
        #expect(met.status == .reached)
        #expect(met.percent == 100)
        let missed = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 100), measurements: [(2568, 90)]))
        #expect(missed.status == .behind)
        #expect(missed.percent == 0)
        let sameYear = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2566, 200), measurements: [(2566, 150)]))
        #expect(sameYear.percent == 50)
        #expect(sameYear.status == .behind)
    }

    @Test func noDataCases() {
        #expect(IndicatorProgress(indicator(.increase, baseline: nil, target: (2570, 1), measurements: [(2568, 1)])).status == .noData)
        #expect(IndicatorProgress(indicator(.increase, baseline: (2566, 1), target: nil, measurements: [(2568, 1)])).status == .noData)
        #expect(IndicatorProgress(indicator(.increase, baseline: (2566, 1), target: (2570, 2), measurements: [])).status == .noData)
        let p = IndicatorProgress(indicator(.increase, baseline: (2566, 1), target: (2570, 2), measurements: []))
        #expect(p.percent == nil && p.percentText == nil)
    }

    @Test func measurementBeforeTheBaselineIsNotProgress() {
        let p = IndicatorProgress(indicator(.increase, baseline: (2566, 100), target: (2570, 200), measurements: [(2565, 500)]))
        #expect(p.status == .noData)
    }

    @Test func buddhistAndCommonEraYearsShareOneAxis() {
        // 2023 CE is 2566 BE: a series may mix them.
        let p = IndicatorProgress(indicator(.increase, baseline: (2023, 100), target: (2570, 200), measurements: [(2568, 160), (2024, 110)]))
        #expect(p.latest?.year.value.be == 2568)
        #expect(p.percent == 60)
        #expect(p.status == .onTrack)
        #expect(Year(written: 2023) == Year(written: 2566))
        #expect(Year(written: 2566).ce == 2023)
        #expect(Year(written: 2023).be == 2566)
    }

    @Test func totalsAddUp() {
        let a = IndicatorTotals([indicator(.increase, baseline: (2566, 1), target: (2570, 2), measurements: [])])
        let b = IndicatorTotals([indicator(.increase, baseline: (2566, 1), target: (2570, 2), measurements: [(2567, 2)])])
        let sum = a + b
        #expect(sum.count == 2)
        #expect(sum.byLevel[.output] == 2)
        #expect(sum.byStatus[.noData] == 1)
        #expect(sum.byStatus[.reached] == 1)
    }
}
