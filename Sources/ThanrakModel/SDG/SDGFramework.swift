/// The UN global indicator framework for the Sustainable Development Goals:
/// 17 goals, 169 targets and their indicator codes, shipped inside the tool.
/// Codes and colours are the UN's facts; the goal names are our own words.
public struct SDGFramework: Sendable {
    public struct Goal: Sendable {
        public let number: Int
        /// The official goal colour, `#RRGGBB`.
        public let color: String
        public let thaiName: String
        public let englishName: String
        public let targets: [Target]

        public var code: String { String(number) }
        public func name(language: String) -> String { language == "th" ? thaiName : englishName }
    }

    public struct Target: Sendable {
        public let code: String
        public let indicators: [String]
    }

    /// What a code names.
    public enum Kind: Sendable, Equatable { case goal, target, indicator }

    public let goals: [Goal]
    /// Every valid code (goal, target, indicator) and what it is.
    public let kinds: [String: Kind]

    public static let shared = SDGFramework()

    private init() {
        var kinds: [String: Kind] = [:]
        var goals: [Goal] = []
        for (number, color, targets) in SDGFramework.goalCodes {
            kinds[String(number)] = .goal
            for t in targets {
                kinds[t.code] = .target
                for i in t.indicators { kinds[i] = .indicator }
            }
            let names = SDGFramework.goalNames[number - 1]
            goals.append(Goal(
                number: number, color: color, thaiName: names.th, englishName: names.en,
                targets: targets.map { Target(code: $0.code, indicators: $0.indicators) }))
        }
        self.goals = goals
        self.kinds = kinds
    }

    public func kind(of code: String) -> Kind? { kinds[code] }
    public func contains(_ code: String) -> Bool { kinds[code] != nil }

    /// The goal a goal, target or indicator code belongs to (`8.3.1` → 8).
    public func goal(of code: String) -> Goal? {
        goalNumber(of: code).map { goals[$0 - 1] }
    }

    /// The number of the goal a valid code belongs to ("8.5.1" → 8), read
    /// from its bytes: badges ask for thousands, and need no copy of the goal.
    public func goalNumber(of code: String) -> Int? {
        guard contains(code) else { return nil }
        var n = 0
        for b in code.utf8 {
            if b == UInt8(ascii: ".") { break }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), n < 100 else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return (1...goals.count).contains(n) ? n : nil
    }

    public var targetCount: Int { goals.reduce(0) { $0 + $1.targets.count } }
    public var indicatorCount: Int { kinds.values.filter { $0 == .indicator }.count }

    /// Every code, sorted, for "did you mean" hints.
    public var allCodes: [String] { kinds.keys.sorted() }
}
