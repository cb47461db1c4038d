/// The level of result an indicator follows.
public enum IndicatorLevel: String, Vocabulary {
    case output, outcome, impact

    public var thaiLabel: String {
        switch self {
        case .output: "ผลผลิต"
        case .outcome: "ผลลัพธ์"
        case .impact: "ผลกระทบ"
        }
    }

    public var englishLabel: String {
        switch self {
        case .output: "Output"
        case .outcome: "Outcome"
        case .impact: "Impact"
        }
    }
}

/// Which way a measurement must move to count as progress.
public enum Direction: String, Vocabulary {
    case increase, decrease

    public var thaiLabel: String { self == .increase ? "เพิ่มขึ้น" : "ลดลง" }
    public var englishLabel: String { self == .increase ? "Increase" : "Decrease" }
}

/// How often an amount of money recurs.
public enum Period: String, Vocabulary {
    case month, year, once

    public var thaiLabel: String {
        switch self {
        case .month: "ต่อเดือน"
        case .year: "ต่อปี"
        case .once: "ครั้งเดียว"
        }
    }

    public var englishLabel: String {
        switch self {
        case .month: "per month"
        case .year: "per year"
        case .once: "one-off"
        }
    }
}

/// The calendar pages show years in.
public enum SiteCalendar: String, Vocabulary {
    case buddhist, gregorian

    public var thaiLabel: String { self == .buddhist ? "พุทธศักราช" : "คริสต์ศักราช" }
    public var englishLabel: String { self == .buddhist ? "Buddhist Era" : "Common Era" }
}
