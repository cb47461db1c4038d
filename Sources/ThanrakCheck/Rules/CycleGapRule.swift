import ThanrakLoad
import ThanrakModel

/// An amphoe's communities together should cover the district's full cycle
/// (ผลิต บริโภค แปรรูป ซื้อขาย ทุน กำไร): one warning per amphoe that does
/// not, at the community with the smallest id there (§7, §11).
public struct CycleGapRule: SiteRule {
    public static let codes: [DiagnosticCode] = [.cycleGap]
    public init() {}

    struct Amphoe: Hashable {
        var changwat: String
        var amphoe: String
    }

    public func check(_ context: RuleContext, into out: inout [Diagnostic]) {
        // Per amphoe: its first community (an index, not a copy) and the
        // roles its communities cover. One lookup per community: the keys
        // are Thai, and hashing Thai text normalises it on the way.
        var amphoes: [Amphoe: (first: Int, roles: Set<CycleRole>)] = [:]
        let communities = context.content.communities
        for i in communities.indices {  // sorted by id: the first seen is the smallest
            guard let location = communities[i].community?.location, let amphoe = location.amphoe,
                  !location.changwat.value.isEmpty else { continue }
            let key = Amphoe(changwat: location.changwat.value, amphoe: amphoe.value)
            let cycle = communities[i].community?.cycle ?? []
            amphoes[key, default: (i, [])].roles.formUnion(cycle.lazy.map(\.value))
        }
        for (key, (first, roles)) in amphoes {
            let missing = CycleRole.allCases.filter { !roles.contains($0) }
            guard !missing.isEmpty, let community = communities[first].community else { continue }
            let c = communities[first]
            let span = community.cycleKey ?? community.location.amphoe?.span ?? .fileStart
            let names = missing.map { "\($0.thaiLabel) (\($0.rawValue))" }.joined(separator: ", ")
            out.append(.warning(.cycleGap, c.file(.community), span, "amphoe \(key.amphoe), \(key.changwat): its communities do not cover the full cycle; missing \(names)"))
        }
    }
}
