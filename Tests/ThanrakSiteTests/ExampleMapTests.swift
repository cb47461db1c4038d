import Foundation
import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// The maps of the example site in content/: every community's, every
/// network's and the whole site's, in both languages, have no two boxes
/// (node symbols, node labels, trade labels) overlapping, and lay out to
/// the same picture twice.
@Suite struct ExampleMapTests {
    @Test func exampleMapsHaveNoOverlappingBoxes() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        #expect(result.errorCount == 0)
        let model = SiteModel(content: result.content)
        let graph = SiteGraph(model: model)
        let shells = try #require(ShellLibrary.load(siteTemplates: nil).library)
        var maps = 0
        for language in PageLanguage.all(for: model.site) {
            let context = PageContext(model: model, graph: graph, shells: shells, language: language, base: Routes.home)
            let views = MapViews(graph: graph, context: context)
            var all: [MapGraph] = [views.site()]
            all += model.communities.indices.compactMap { views.community($0) }
            all += model.content.networks.compactMap { views.network($0.id) }
            for map in all {
                let layout = RadialLayout.layout(map)
                #expect(layout == RadialLayout.layout(map), "deterministic")
                let boxes = layout.allBoxes
                for i in boxes.indices {
                    #expect(boxes[i].x >= 0 && boxes[i].y >= 0 && boxes[i].maxX <= layout.width && boxes[i].maxY <= layout.height)
                    for j in boxes.indices where j > i {
                        #expect(!boxes[i].intersects(boxes[j]), "boxes \(i) and \(j) overlap in a map of \(map.nodes.count) nodes")
                    }
                }
                maps += 1
            }
        }
        #expect(maps == 2 * (1 + 8 + 3))
    }
}
