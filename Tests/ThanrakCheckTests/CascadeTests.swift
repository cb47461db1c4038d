import Testing
import ThanrakModel
import ThanrakTestSupport

/// One broken file gives its own errors only (§11): nothing that depends on
/// its contents is reported against the other files.
@Suite struct CascadeTests {
    let community = TestTree.community

    @Test func missingSiteYAMLGivesOnlyItsOwnError() throws {
        let report = try TestTree.minimal().without("site.yaml")
            .with("\(community)/story.md", "---\ntitle: {th: เรื่อง, en: Story}\n---\nx\n")
            .with("\(community)/story.en.md", "---\ntitle: Story\n---\nx\n")
            .check()
        #expect(report.diagnostics.map(\.code) == [.missingFile], "\(report.summary)")
    }

    @Test func brokenCanvasDoesNotMakeIndicatorRefsUnknown() throws {
        let report = try TestTree.minimal()
            .with("\(community)/canvas.yaml", "value: [\n")
            .with("\(community)/indicators.yaml", "- id: income\n  name: รายได้\n  level: output\n  direction: increase\n  baseline: {year: 2566, value: 1}\n  refs: [scarf-sales]\n")
            .with("\(community)/index.md", "ดู [ผ้า](@ban-a#silk)\n")
            .check()
        #expect(report.diagnostics.map(\.code) == [.yamlSyntax], "\(report.summary)")
    }

    @Test func brokenIndicatorsDoNotMakeCanvasAnchorsUnknown() throws {
        let report = try TestTree.minimal()
            .with("\(community)/indicators.yaml", "- id: income\n  name: \"unterminated\n")
            .with("\(community)/index.md", "ดู [ตัวชี้วัด](@ban-a#income)\n")
            .check()
        #expect(report.diagnostics.map(\.code) == [.yamlSyntax], "\(report.summary)")
    }

    @Test func aliasInAboutIsReportedOnce() throws {
        let report = try TestTree.minimal()
            .with("networks/udon-silk.yaml", "name: x\nkind: area\nlevel: changwat\nabout: *a\n")
            .check()
        #expect(report.diagnostics.map(\.code) == [.unsupportedYAML], "\(report.summary)")
    }

    @Test func cycleGapSkipsACommunityWithoutChangwat() throws {
        let report = try TestTree.minimal()
            .with("\(community)/community.yaml", "name: x\nstage: 1\nlocation: {amphoe: กุมภวาปี}\ncycle: [produce]\n")
            .check()
        #expect(report.with(.cycleGap).isEmpty, "\(report.summary)")
        #expect(report.only(.missingField)?.message.contains("location.changwat") == true)
    }

    @Test func translationTitleMustBeInItsOwnLanguage() throws {
        let report = try TestTree.minimal()
            .with("\(community)/story.md", "---\ntitle: เรื่อง\n---\nx\n")
            .with("\(community)/story.en.md", "---\ntitle: {th: เรื่อง}\n---\nx\n")
            .check()
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == "\(community)/story.en.md")
        #expect((d.line, d.column) == (2, 8))
        #expect(d.message.contains("'en'"))
    }
}
