import ThanrakLoad
import ThanrakModel

/// A list of ids names each thing once: `refs`, `networks`, `cycle`, `sdg`,
/// and an indicator measures each year once (§11). The second is reported.
public struct DuplicateListEntryRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.duplicateID]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        if let community = c.community {
            report(community.networks, "networks", c.file(.community), &out)
            report(community.cycle.map { Located($0.value.rawValue, at: $0.span) }, "cycle", c.file(.community), &out)
        }
        if let canvas = c.canvas {
            for step in Step.allCases {
                let items = canvas[step]  // read in place by index: no copy of each item
                for i in items.indices { report(items[i].refs, "the refs of '\(items[i].id.value)'", c.file(.canvas), &out) }
            }
        }
        let indicators = c.indicators ?? []
        for k in indicators.indices {  // read in place by index: no copy of each indicator
            report(indicators[k].refs, "the refs of '\(indicators[k].id.value)'", c.file(.indicators), &out)
            report(indicators[k].sdg, "the sdg codes of '\(indicators[k].id.value)'", c.file(.indicators), &out)
            reportRepeatedYears(indicators[k], c.file(.indicators), &out)
        }
    }

    /// A second measurement for a year, naming the line of the first. An
    /// indicator has a few measurements: each is compared with the earlier.
    private func reportRepeatedYears(_ indicator: Indicator, _ file: @autoclosure () -> String, _ out: inout [Diagnostic]) {
        let measurements = indicator.measurements
        for i in measurements.indices {
            let year = measurements[i].year
            guard let first = measurements[..<i].first(where: { $0.year.value.ce == year.value.ce }) else { continue }
            out.append(.error(.duplicateID, file(), year.span, "'\(indicator.id.value)' already has a measurement for \(year.value.written) (line \(first.year.span.line)); one measurement per year"))
        }
    }

    /// The list's name and file are built only for a message. Lists hold a
    /// few entries, where comparing with the earlier ones costs less than
    /// building a set; a long list gets the set, so it stays linear.
    private func report(_ entries: [Located<String>], _ list: @autoclosure () -> String, _ file: @autoclosure () -> String, _ out: inout [Diagnostic]) {
        func reportRepeat(_ e: Located<String>) {
            out.append(.error(.duplicateID, file(), e.span, "'\(e.value)' is listed twice in \(list())"))
        }
        if entries.count <= 16 {
            for i in entries.indices where entries[..<i].contains(where: { $0.value == entries[i].value }) { reportRepeat(entries[i]) }
            return
        }
        var seen = Set<String>()
        for e in entries where !seen.insert(e.value).inserted { reportRepeat(e) }
    }
}
