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
        var covered: [Amphoe: Set<CycleRole>] = [:]
        var first: [Amphoe: Int] = [:]  // an index into communities: no copy of the community
        let communities = context.content.communities
        for i in communities.indices {  // sorted by id: the first seen is the smallest
            guard let community = communities[i].community, let amphoe = community.location.amphoe,
                  !community.location.changwat.value.isEmpty else { continue }
            let key = Amphoe(changwat: community.location.changwat.value, amphoe: amphoe.value)
            covered[key, default: []].formUnion(community.cycle.map(\.value))
            if first[key] == nil { first[key] = i }
        }
        for (key, roles) in covered {
            let missing = CycleRole.allCases.filter { !roles.contains($0) }
            guard !missing.isEmpty, let i = first[key], let community = communities[i].community else { continue }
            let c = communities[i]
            let span = community.cycleKey ?? community.location.amphoe?.span ?? .fileStart
            let names = missing.map { "\($0.thaiLabel) (\($0.rawValue))" }.joined(separator: ", ")
            out.append(.warning(.cycleGap, c.file(.community), span, "amphoe \(key.amphoe), \(key.changwat): its communities do not cover the full cycle; missing \(names)"))
        }
    }
}
