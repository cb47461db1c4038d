import Foundation
import Testing
import ThanrakCheck
import ThanrakModel
import ThanrakSite
import ThanrakTestSupport

@Suite struct TemplateTests {
    @Test func siteTemplateOverridesOneShellOnly() throws {
        let shell = "{{<layout}}{{$content}}<h1 class=\"custom\">{{{title}}}</h1>{{{canvas}}}{{/content}}{{/layout}}"
        let build = try TestBuild(SiteFixture.tree(), templates: ["community.mustache": shell])
        defer { build.remove() }
        let outcome = build.build()
        #expect(outcome.report != nil, "\(outcome.diagnostics)")
        let community = try build.read("communities/ban-a/index.html")
        #expect(community.contains("<h1 class=\"custom\">กลุ่มทอผ้าบ้านเอ</h1>"))
        #expect(!community.contains("class=\"profile\""), "the override decides the sections")
        #expect(community.contains("class=\"canvas\""))
        let canvas = try build.read("communities/ban-a/canvas/index.html")
        #expect(!canvas.contains("class=\"custom\""), "other shells stay built-in")
    }

    @Test func siteAssetOverridesTheStylesheet() throws {
        let build = try TestBuild(SiteFixture.tree(), templates: ["assets/thanrak.css": "body { color: green }\n", "assets/logo.svg": "<svg/>"])
        defer { build.remove() }
        build.build()
        #expect(try build.read("assets/thanrak.css") == "body { color: green }\n")
        #expect(try build.read("assets/logo.svg") == "<svg/>")
    }

    @Test func templateThatDoesNotParseIsAnErrorWithPosition() throws {
        let build = try TestBuild(SiteFixture.tree(), templates: ["page.mustache": "<p>\n{{#open}}never closed\n"])
        defer { build.remove() }
        let outcome = build.build()
        let d = try #require(outcome.diagnostics.first { $0.code == .templateError })
        #expect(d.file.hasSuffix("Templates/page.mustache"))
        #expect(d.line >= 2)
        #expect(outcome.report == nil)
        #expect(!FileManager.default.fileExists(atPath: build.output), "nothing is written")
    }

    @Test func unknownShellFileAndUnknownPartialAreErrors() throws {
        let build = try TestBuild(SiteFixture.tree(), templates: [
            "comunity.mustache": "x",
            "canvas.mustache": "{{<layout}}{{$content}}\n  {{>sidebar}}{{/content}}{{/layout}}",
        ])
        defer { build.remove() }
        let errors = build.build().diagnostics.filter { $0.code == .templateError }
        #expect(errors.count == 2, "\(errors)")
        let file = try #require(errors.first { $0.file.hasSuffix("comunity.mustache") })
        #expect(file.message.contains("did you mean 'community.mustache'?"))
        let partial = try #require(errors.first { $0.file.hasSuffix("canvas.mustache") })
        #expect((partial.line, partial.column) == (2, 3))
        #expect(partial.message.contains("'sidebar'"))
    }

    @Test func builtInShellsMatchTheTemplatesFolder() throws {
        // The binary carries Templates/ (scripts/embed-templates.py); they must not drift.
        let folder = Repository.templates
        let loaded = ShellLibrary.load(siteTemplates: nil)
        let library = try #require(loaded.library)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(names.map { String($0.dropLast(9)) }) == Set(ShellLibrary.shellNames))
        let css = try Data(contentsOf: folder.appendingPathComponent("assets/thanrak.css"))
        #expect(library.assets["thanrak.css"] == Array(css), "run scripts/embed-templates.py")
    }
}

/// The fast shell path (one swift-mustache render per page shape, text
/// spliced into it) must give exactly what swift-mustache gives page by page.
@Suite struct ShellRendererEquivalenceTests {
    /// Builds the site with the fast path and with swift-mustache rendering
    /// every page directly; returns both outputs.
    static func buildBothWays(_ build: TestBuild, templates: String?, jobs: Int) throws -> ([String: Data], [String: Data]) {
        let result = Checker(jobs: 1).check(contentRoot: build.content)
        let loaded = ShellLibrary.load(siteTemplates: templates)
        let fast = try #require(loaded.library, "\(loaded.diagnostics)")
        var direct = fast
        direct.rendersDirectly = true
        for (library, output) in [(fast, build.root + "/fast"), (direct, build.root + "/direct")] {
            let out = try OutputTree(output: output, content: build.content)
            _ = try SiteBuilder(content: result.content, shells: library, jobs: jobs).build(into: out)
            try out.commit()
        }
        return (try TestBuild.snapshot(build.root + "/fast"), try TestBuild.snapshot(build.root + "/direct"))
    }

    @Test func everyPageMatchesDirectMustacheRendering() throws {
        let tree = SiteFixture.tree()
            .with("\(TestTree.community)/canvas.yaml", TestTree.canvas.replacingOccurrences(of: "text: ผ้าไหมมัดหมี่", with: "text: \"a & b <i> 'q' \\\"d\\\"\""))
        let build = try TestBuild(tree)
        defer { build.remove() }
        let (a, b) = try Self.buildBothWays(build, templates: nil, jobs: 2)
        #expect(a.count == b.count && a.count > 50)
        for (path, bytes) in a where b[path] != bytes {
            Issue.record("\(path) differs between the fast and the direct shell rendering")
        }
    }

    @Test func siteOverrideWithDoubleMustachesAndSectionsMatchesToo() throws {
        let shell = "{{<layout}}{{$content}}\n<h1 title=\"{{title}}\">{{title}}</h1>\n{{#description}}<p>{{description}}</p>{{/description}}{{^description}}<p>none</p>{{/description}}\n{{#crumbs}}[{{label}}]{{/crumbs}}{{{canvas}}}\n{{/content}}{{/layout}}"
        let build = try TestBuild(SiteFixture.tree(), templates: ["page.mustache": shell, "community.mustache": shell])
        defer { build.remove() }
        let (a, b) = try Self.buildBothWays(build, templates: build.root + "/Templates", jobs: 1)
        #expect(a == b)
        let page = String(decoding: try #require(a["communities/ban-a/market-day/index.html"]), as: UTF8.self)
        #expect(page.contains("<p>บันทึกวันตลาดนัด</p>"))
    }
}

/// The values of a shell keep one order of keys whatever order they were
/// set in (the shape of a page depends on it), and behave as a dictionary.
@Suite struct ShellValuesTests {
    @Test func setGetReplaceAndRemoveInAnyOrder() {
        let keys = ["title", "lang", "nav", "a", "hasCrumbs", "crumbs", "b", "languagesLabel", "bodyClass"]
        var forward = ShellValues(), backward = ShellValues()
        for key in keys { forward[key] = .text(key) }
        for key in keys.reversed() { backward[key] = .text(key) }
        #expect(forward.entries.map(\.key) == backward.entries.map(\.key))
        #expect(forward.entries.map(\.key) == ["a", "b", "nav", "lang", "title", "crumbs", "bodyClass", "hasCrumbs", "languagesLabel"])
        for key in keys {
            guard case .text(let s) = forward[key] else { Issue.record("missing \(key)"); continue }
            #expect(s == key)
        }
        forward["nav"] = .flag(true)
        forward["b"] = nil
        forward["missing"] = nil
        #expect(forward.entries.count == keys.count - 1)
        #expect(forward["b"] == nil)
        guard case .flag(true) = forward["nav"] else { Issue.record("nav not replaced"); return }
        let literal: ShellValues = ["z": .flag(false), "y": .text("1")]
        #expect(literal.entries.map(\.key) == ["y", "z"])
    }
}
