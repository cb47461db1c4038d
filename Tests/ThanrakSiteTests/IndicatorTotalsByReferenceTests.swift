import Testing
import ThanrakCheck
import ThanrakModel
import ThanrakSite
import ThanrakTestSupport

/// Aggregate pages total indicators by reference, with statuses worked out
/// once per community; those totals must equal rating the indicators
/// themselves, for every goal and every changwat of the example site.
@Suite struct IndicatorTotalsByReferenceTests {
    @Test func totalsByReferenceEqualTotalsOfTheIndicators() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        #expect(result.errorCount == 0)
        let model = SiteModel(content: result.content)
        func rated(_ refs: [IndicatorRef]) -> IndicatorTotals {
            IndicatorTotals(refs.map { model.communities[$0.community].indicators[$0.indicator] })
        }
        var compared = 0
        for (goal, refs) in model.sdgGoalUses {
            let byReference = IndicatorTotals(refs: refs, in: model.communities)
            #expect(byReference == rated(refs), "goal \(goal)")
            #expect(model.sdgGoalTotals[goal] == rated(refs), "goal \(goal), precomputed")
            for (changwat, group) in model.sdgGoalUsesByChangwat[goal] ?? [:] {
                #expect(IndicatorTotals(refs: group, in: model.communities) == rated(group), "goal \(goal), \(changwat)")
                compared += 1
            }
        }
        // The example has indicators on several goals and in two changwat.
        #expect(compared >= 10)
        for view in model.communities {
            #expect(view.indicatorStatus == view.indicators.map { IndicatorProgress($0).status })
        }
    }
}
