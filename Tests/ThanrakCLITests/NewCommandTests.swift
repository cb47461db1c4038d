import Foundation
import Testing

/// `thanrak new site` and `thanrak new community`, end to end: what they
/// write must check and build, and what they refuse must stay untouched.
@Suite struct NewCommandTests {
    /// A fresh folder per test; each test removes it with `defer`.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thanrak-new-\(UUID().uuidString)")

        init() throws { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        func remove() { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String]) throws -> ThanrakBinary.Run { try ThanrakBinary.run(arguments, in: root) }

        func read(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

        /// Every path under `path`, relative to it, sorted.
        func tree(_ path: String) -> [String] {
            let base = root.appendingPathComponent(path).path
            return ((try? FileManager.default.subpathsOfDirectory(atPath: base)) ?? []).sorted()
        }

        /// `new site site` and `new community ban-nong-bua` in it.
        func siteWithCommunity(_ extra: [String] = []) throws {
            #expect(try run(["new", "site", "site"]).status == 0)
            let run = try run(["new", "community", "ban-nong-bua", "--changwat", "อุดรธานี", "--content", "site/content"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    static let stepKeys = ["value", "customers", "channels", "relationships", "revenue", "activities", "resources", "partners", "costs"]

    /// The codes of a `check --format json` run, in report order.
    func codes(_ run: ThanrakBinary.Run) -> [String] {
        run.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["code"] as? String
        }
    }

    @Test func newSiteChecksCleanAndBuilds() throws {
        let s = try Scratch()
        defer { s.remove() }
        let new = try s.run(["new", "site", "deep/er/site"])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("deep/er/site/content/site.yaml"))
        #expect(new.stdout.contains("thanrak new community"))
        for folder in ["communities", "networks", "partners", "knowledge"] {
            #expect(s.exists("deep/er/site/content/\(folder)/.gitkeep"))
        }
        let site = try s.read("deep/er/site/content/site.yaml")
        #expect(site.contains("languages: [th, en]") && site.contains("base_url: https://example.org/change-me/"))
        #expect(site.contains("title: {th: "))
        let check = try s.run(["check", "--format", "json", "--content", "deep/er/site/content"])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)\(check.stderr)")
        let build = try s.run(["build", "--content", "deep/er/site/content", "--output", "deep/er/site/public"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(s.exists("deep/er/site/public/index.html"))
    }

    @Test func newCommunityChecksWithoutWarningsAndBuilds() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.siteWithCommunity(["--tambon", "หนองบัว", "--name", "กลุ่มทอผ้าไหมบ้านหนองบัว", "--name-en", "Ban Nong Bua Silk Weavers"])
        let folder = "site/content/communities/ban-nong-bua"
        #expect(s.tree(folder) == ["canvas.yaml", "community.yaml", "index.md"])
        let check = try s.run(["check", "--format", "json", "--content", "site/content"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(codes(check) == [], "no error and no warning: \(check.stdout)")
        let build = try s.run(["build", "--content", "site/content", "--output", "site/public"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try s.read("site/public/communities/ban-nong-bua/index.html")
        #expect(page.contains("กลุ่มทอผ้าไหมบ้านหนองบัว"))
        #expect(try s.read("site/public/en/communities/ban-nong-bua/index.html").contains("Ban Nong Bua Silk Weavers"))
    }

    @Test func skeletonHasEveryStepAndFieldWithItsQuestions() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.siteWithCommunity()
        let canvas = try s.read("site/content/communities/ban-nong-bua/canvas.yaml")
        let lines = canvas.split(separator: "\n").map(String.init)
        var previous = -1
        for key in Self.stepKeys {
            let at = try #require(lines.firstIndex(of: "\(key):"), "step \(key)")
            #expect(at > previous, "\(key) in step order")
            #expect(lines[at - 1].hasPrefix("# ") && lines[at - 3].hasPrefix("#     "), "\(key) has its questions above it")
            previous = at
        }
        #expect(canvas.contains("ของของเราต่างจากของที่ขายกันทั่วไปตรงไหนบ้าง"), "the worksheet's own questions")
        let profile = try s.read("site/content/communities/ban-nong-bua/community.yaml")
        for key in ["name:", "kind:", "location:", "  village:", "  moo:", "  tambon:", "  amphoe:", "  changwat: อุดรธานี", "  ecoregion:",
                    "  coordinates:", "founded:", "members:", "stage: 1", "networks: []", "cycle: []", "ksnb:", "foundations:",
                    "  participation:", "trades: []"] {
            #expect(profile.contains("\n" + key), "\(key)")
        }
    }

    @Test func amphoeGivesOnlyTheCycleGapWarningTheFormatRequires() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.siteWithCommunity(["--amphoe", "กุมภวาปี"])
        let check = try s.run(["check", "--format", "json", "--content", "site/content"])
        #expect(check.status == 0)
        #expect(codes(check) == ["cycle-gap"])
    }

    @Test func textFollowsTheSiteLanguagesAndOddNamesAreQuoted() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "title: ทดสอบ\nbase_url: https://example.org/\n".write(to: s.root.appendingPathComponent("content/site.yaml"), atomically: false, encoding: .utf8)
        let name = "กลุ่ม \"ดี\": #1, [ใหม่]"
        let new = try s.run(["new", "community", "ban-a", "--changwat", "null", "--name", name, "--name-en", "Ban A"])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(s.exists("content/communities/ban-a/canvas.yaml"), "communities/ is made when missing")
        let check = try s.run(["check", "--format", "json"])
        #expect(check.status == 0 && codes(check) == [], "a Thai-only site gets no en: keys: \(check.stdout)")
        #expect(try s.run(["build"]).status == 0)
        let data = try s.read("public/data/communities.json")
        #expect(data.contains("กลุ่ม \\\"ดี\\\": #1, [ใหม่]"), "the name survives YAML: \(data.prefix(400))")
        #expect(data.contains("\"changwat\": \"null\"") || data.contains("\"changwat\":\"null\""))
    }

    @Test func nonEmptyFolderIsRefusedAndLeftAlone() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("site"), withIntermediateDirectories: true)
        try "mine".write(to: s.root.appendingPathComponent("site/notes.txt"), atomically: false, encoding: .utf8)
        let run = try s.run(["new", "site", "site"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not empty"))
        #expect(s.tree("site") == ["notes.txt"])
        #expect(try s.read("site/notes.txt") == "mine")
    }

    @Test func emptyExistingFolderIsUsed() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("site"), withIntermediateDirectories: true)
        #expect(try s.run(["new", "site", "site/"]).status == 0)
        #expect(s.exists("site/content/site.yaml"))
    }

    @Test func existingCommunityIsRefusedAndItsFilesUntouched() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.siteWithCommunity()
        let canvas = s.root.appendingPathComponent("site/content/communities/ban-nong-bua/canvas.yaml")
        try "value: []\n".write(to: canvas, atomically: false, encoding: .utf8)
        let before = try s.read("site/content/communities/ban-nong-bua/community.yaml")
        let run = try s.run(["new", "community", "ban-nong-bua", "--changwat", "ขอนแก่น", "--content", "site/content"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("already exists"))
        #expect(try String(contentsOf: canvas, encoding: .utf8) == "value: []\n")
        #expect(try s.read("site/content/communities/ban-nong-bua/community.yaml") == before)
    }

    @Test(arguments: [("Ban-Nong-Bua", "lower case"), ("ban_nong_bua", "single dashes"), ("sdg", "cannot be a community id")])
    func badIDIsRefusedWithItsProblem(id: String, problem: String) throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(try s.run(["new", "site", "site"]).status == 0)
        let run = try s.run(["new", "community", id, "--changwat", "อุดรธานี", "--content", "site/content"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(problem), "\(run.stderr)")
        #expect(s.tree("site/content/communities") == [".gitkeep"])
    }

    @Test func contentWithoutSiteYAMLIsRefused() throws {
        let s = try Scratch()
        defer { s.remove() }
        let run = try s.run(["new", "community", "ban-a", "--changwat", "อุดรธานี"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("site.yaml") && run.stderr.contains("thanrak new site"))
        #expect(!s.exists("content"))
    }

    @Test(arguments: [["new", "community", "ban-a"], ["new", "community", "ban-a", "--changwat", " "], ["new", "site"], ["new", "site", "a", "b"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "title: ทดสอบ\nbase_url: https://example.org/\n".write(to: s.root.appendingPathComponent("content/site.yaml"), atomically: false, encoding: .utf8)
        let run = try s.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        if arguments == ["new", "community", "ban-a"] { #expect(run.stderr.contains("--changwat"), "ArgumentParser names the missing option") }
        #expect(s.tree("content") == ["site.yaml"])
    }

    @Test(arguments: [["new", "--help"], ["new", "site", "--help"], ["new", "community", "--help"]])
    func helpSucceeds(arguments: [String]) throws {
        let s = try Scratch()
        defer { s.remove() }
        let run = try s.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: thanrak new"))
        if arguments[1] == "community" { #expect(run.stdout.contains("--changwat") && run.stdout.contains("--name-en")) }
    }
}
