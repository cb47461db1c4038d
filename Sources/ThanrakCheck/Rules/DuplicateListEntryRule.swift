import ThanrakLoad
import ThanrakModel

/// A list of ids names each thing once: `refs`, `networks`, `cycle`, `sdg`,
/// and an indicator measures each year once (§11). The second is reported.
public struct DuplicateListEntryRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.duplicateID]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        if let community = c.community {
            report(community.networks.map { Located($0.value, at: $0.span) }, "networks", c.file(.community), &out)
            report(community.cycle.map { Located($0.value.rawValue, at: $0.span) }, "cycle", c.file(.community), &out)
        }
        if let canvas = c.canvas {
            for step in Step.allCases {
                for item in canvas[step] { report(item.refs, "the refs of '\(item.id.value)'", c.file(.canvas), &out) }
            }
        }
        for indicator in c.indicators ?? [] {
            report(indicator.refs, "the refs of '\(indicator.id.value)'", c.file(.indicators), &out)
            report(indicator.sdg, "the sdg codes of '\(indicator.id.value)'", c.file(.indicators), &out)
            var years: [Int: Int] = [:]
            for m in indicator.measurements {
                if let line = years[m.year.value.ce] {
                    out.append(.error(.duplicateID, c.file(.indicators), m.year.span, "'\(indicator.id.value)' already has a measurement for \(m.year.value.written) (line \(line)); one measurement per year"))
                } else {
                    years[m.year.value.ce] = m.year.span.line
                }
            }
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
