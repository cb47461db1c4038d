import ThanrakModel

/// Which indicators of which communities are tied to each SDG code and
/// goal, grouped by changwat, with each goal's totals: what the SDG pages
/// show, worked out once for the site model. Apart from the model's other
/// aggregates so that it can be made beside them (`Background`).
struct SDGUses: Sendable {
    var byCode: [String: [IndicatorRef]] = [:]
    var byGoal: [Int: [IndicatorRef]] = [:]
    var byCodeAndChangwat: [String: [String: [IndicatorRef]]] = [:]
    var byGoalAndChangwat: [Int: [String: [IndicatorRef]]] = [:]
    var goalTotals: [Int: IndicatorTotals] = [:]

    init(_ views: [CommunityView]) {
        let framework = SDGFramework.shared
        for (ci, v) in views.enumerated() {
            for (ii, indicator) in v.indicators.enumerated() {
                var goals = Set<Int>()
                for code in indicator.sdg {
                    byCode[code.value, default: []].append(IndicatorRef(community: ci, indicator: ii))
                    if let g = framework.goal(of: code.value) { goals.insert(g.number) }
                }
                for g in goals.sorted() { byGoal[g, default: []].append(IndicatorRef(community: ci, indicator: ii)) }
            }
        }
        let byChangwat = { (refs: [IndicatorRef]) in
            Dictionary(grouping: refs) { views[$0.community].community.location.changwat.value }
        }
        byCodeAndChangwat = byCode.mapValues(byChangwat)
        byGoalAndChangwat = byGoal.mapValues(byChangwat)
        goalTotals = byGoal.mapValues { refs in
            IndicatorTotals(refs: refs, in: views)
        }
    }
}
