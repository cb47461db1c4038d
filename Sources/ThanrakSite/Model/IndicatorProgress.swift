import ThanrakModel

/// How far an indicator has come from its baseline toward its target, and
/// whether that is on track. The rule (docs/sdg.md):
///
/// - The latest measurement is the one with the newest year at or after the
///   baseline year; earlier ones are history, shown but not counted.
/// - progress = (latest − baseline) / (target − baseline) × 100, with the
///   difference taken in the indicator's `direction` (a decrease counts
///   downward). It can pass 100 (overshoot) or be negative (moving away).
/// - reached: the latest value is at or beyond the target in the direction.
/// - on track: progress ≥ the share of the baseline→target years elapsed by
///   the latest measurement (a straight path to the target).
/// - behind: otherwise.
/// - no data: no baseline, no target, or no measurement from the baseline
///   year on. A target equal to the baseline (zero span) has no percentage
///   to compute: it is reached (100 %) or behind (0 %), never a division by zero.
public struct IndicatorProgress: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case reached, onTrack = "on-track", behind, noData = "no-data"

        public var label: Labels.Pair {
            switch self {
            case .reached: ("บรรลุเป้าหมาย", "Reached")
            case .onTrack: ("เป็นไปตามแผน", "On track")
            case .behind: ("ช้ากว่าแผน", "Behind")
            case .noData: ("ไม่มีข้อมูล", "No data")
            }
        }
    }

    public var status: Status
    /// Percent of the way from baseline to target; nil with no data.
    public var percent: Double?
    public var latest: Observation?

    public init(_ indicator: Indicator) {
        guard let baseline = indicator.baseline, let target = indicator.target,
              let latest = indicator.measurements
                .filter({ $0.year.value.ce >= baseline.year.value.ce })
                .max(by: { $0.year.value.ce < $1.year.value.ce })
        else {
            status = .noData
            percent = nil
            latest = nil
            return
        }
        self.latest = latest
        let sign: Double = indicator.direction == .increase ? 1 : -1
        let gained = sign * (latest.value.value.value - baseline.value.value.value)
        let needed = sign * (target.value.value.value - baseline.value.value.value)
        let reached = sign * (latest.value.value.value - target.value.value.value) >= 0
        guard needed > 0 else {
            // Zero span (or a target not ahead of the baseline): met or not.
            percent = reached ? 100 : 0
            status = reached ? .reached : .behind
            return
        }
        let p = gained / needed * 100
        percent = p
        if reached {
            status = .reached
            return
        }
        let years = Double(target.year.value.ce - baseline.year.value.ce)
        let elapsed = Double(latest.year.value.ce - baseline.year.value.ce)
        let expected = years > 0 ? min(100, max(0, elapsed / years * 100)) : 100
        status = p >= expected ? .onTrack : .behind
    }

    /// "45%" with no decimals, or nil.
    public var percentText: String? {
        guard let percent, percent.isFinite else { return nil }
        return "\(Int(percent.rounded()))%"
    }
}

/// Counts of indicators by level and by status, for a community, an area
/// or the whole site; added up from per-community counts computed once.
public struct IndicatorTotals: Sendable, Equatable {
    public var byLevel: [IndicatorLevel: Int] = [:]
    public var byStatus: [IndicatorProgress.Status: Int] = [:]

    public init() {}

    public init(_ indicators: [Indicator]) {
        for i in indicators { tally(level: i.level, status: IndicatorProgress(i).status) }
    }

    /// A community's totals from its statuses, already worked out.
    init(_ indicators: [Indicator], statuses: [IndicatorProgress.Status]) {
        for i in indicators.indices { tally(level: indicators[i].level, status: statuses[i]) }
    }

    /// The totals of indicators named by reference, read in place with each
    /// community's progress worked out once (`CommunityView.indicatorProgress`):
    /// aggregate pages (SDG goals by changwat) neither copy an indicator nor
    /// rate it again.
    public init(refs: [IndicatorRef], in communities: [CommunityView]) {
        for r in refs {
            let view = communities[r.community]
            tally(level: view.indicators[r.indicator].level, status: view.indicatorProgress[r.indicator].status)
        }
    }

    private mutating func tally(level: IndicatorLevel, status: IndicatorProgress.Status) {
        byLevel[level, default: 0] += 1
        byStatus[status, default: 0] += 1
    }

    public var count: Int { byLevel.values.reduce(0, +) }

    public static func + (a: IndicatorTotals, b: IndicatorTotals) -> IndicatorTotals {
        var sum = a
        for (k, v) in b.byLevel { sum.byLevel[k, default: 0] += v }
        for (k, v) in b.byStatus { sum.byStatus[k, default: 0] += v }
        return sum
    }
}
