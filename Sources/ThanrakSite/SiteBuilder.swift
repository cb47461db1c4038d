import ThanrakCheck
import ThanrakLoad
import ThanrakModel

/// check → model → render → write. Every page of the site map is a job;
/// jobs run on every core, each rendering its page and writing it at once
/// (the site is streamed to disk, never held whole in memory). Output
/// bytes depend only on the content, never on timing or core count.
public struct SiteBuilder: Sendable {
    public let model: SiteModel
    public let graph: SiteGraph
    public let shells: ShellLibrary
    public let jobs: Int
    /// Rendered once per language, shown on every handout.
    let handoutQuestions: [String: [UInt8]]
    /// Each language's shell values shared by all pages of one depth.
    let chromes: PageChromes
    /// How much one sitemap file may hold before the sitemap is split.
    public var sitemapLimits = SitemapLimits.standard
    /// The share of files a rebuild must be able to keep unrendered for it
    /// to update the output in place (tests set 0 or 2 to force either way).
    public var inPlaceShare = 0.5

    public init(content: LoadedContent, shells: ShellLibrary, jobs: Int) {
        var clock = PhaseClock()
        self.model = SiteModel(content: content, jobs: jobs)
        clock.lap("site model")
        self.graph = SiteGraph(model: model)
        clock.lap("site graph")
        self.shells = shells
        self.jobs = jobs
        self.handoutQuestions = GuidingQuestionList.forHandouts(PageLanguage.all(for: model.site))
        self.chromes = PageChromes(site: model.site)
    }

    public struct Report: Sendable {
        public var pages = 0
        public var files = 0
        public var written = 0
        /// Rendered, found byte-identical to the previous build, and linked.
        public var linked = 0
        /// Linked from the previous build without rendering (unchanged community).
        public var reused = 0
        public var bytes = 0
        /// The manifest to keep in the output's `.thanrak` marker.
        public var marker: [UInt8] = []
        /// Nothing changed since the last build: the output was left as it
        /// was and the staging folder is to be discarded (`UnchangedSite`).
        public var untouched = false
        /// The output is updated in place (`InPlaceUpdate`): the staging
        /// folder holds only the new and changed files, and `removed` the
        /// previous build's files this one no longer has.
        public var inPlace = false
        public var removed: [String] = []
    }

    /// One file of the site.
    enum Job: Sendable {
        case page(PageKind, PageLanguage)
        case notFound
        case stylesheetAsset(String)
        case contentAsset(source: String, path: SitePath)
        case communitiesJSON
        case indicatorsCSV, indicatorsJSON
        case networkJSON, networkDOT(String?)
        /// The sitemap (or one part of it) over these pages of the site.
        case sitemap(pages: Range<Int>)
        /// `/sitemap.xml` over the parts, when the sitemap is split.
        case sitemapIndex(parts: Int)
        /// One shard of a language's search words, or one block of its entries.
        case searchWords(language: Int, shard: Int)
        case searchEntries(language: Int, block: Int)
    }

    enum PageKind: Sendable, Hashable {
        case home, communities, community(Int), canvas(Int), handout(Int), communityPage(Int, Int)
        case partners, partner(Int), networks, network(Int)
        case knowledge, knowledgeSet(Int), knowledgePage(Int, Int), knowledgePrint(Int)
        case handouts, worksheet, sdg, sdgGoal(Int), sdgGoalArea(Int, String)
        case areas, changwat(Int), amphoe(Int, Int), tambon(Int, Int, Int)
        case search
    }

    /// Every page in the default language, in a fixed order.
    func pageKinds() -> [(PageKind, SitePath)] {
        var kinds: [(PageKind, SitePath)] = [(.home, Routes.home), (.communities, Routes.communities)]
        for (i, v) in model.communities.enumerated() {
            kinds += [(.community(i), Routes.community(v.id)), (.canvas(i), Routes.canvas(v.id)), (.handout(i), Routes.handout(v.id))]
            for (j, p) in v.pages.enumerated() { kinds.append((.communityPage(i, j), Routes.communityPage(v.id, p.id))) }
        }
        kinds.append((.partners, Routes.partners))
        for (i, p) in model.content.partners.enumerated() where p.model != nil { kinds.append((.partner(i), Routes.partner(p.id))) }
        kinds.append((.networks, Routes.networks))
        for (i, n) in model.content.networks.enumerated() where n.model != nil { kinds.append((.network(i), Routes.network(n.id))) }
        kinds.append((.knowledge, Routes.knowledge))
        for (i, s) in model.knowledgeSets.enumerated() {
            kinds.append((.knowledgeSet(i), Routes.knowledgeSet(s.id)))
            for (j, p) in s.pages.enumerated() { kinds.append((.knowledgePage(i, j), Routes.knowledgePage(s.id, p.id))) }
            kinds.append((.knowledgePrint(i), Routes.knowledgePrint(s.id)))
        }
        kinds.append((.areas, AreaPaths.root))
        for (ci, c) in model.areas.changwats.enumerated() {
            kinds.append((.changwat(ci), AreaPaths.changwat(c.name)))
            for (ai, a) in c.amphoes.enumerated() {
                kinds.append((.amphoe(ci, ai), AreaPaths.amphoe(c.name, a.name)))
                for (ti, t) in a.tambons.enumerated() { kinds.append((.tambon(ci, ai, ti), AreaPaths.tambon(c.name, a.name, t.name))) }
            }
        }
        kinds += [(.handouts, Routes.handouts), (.worksheet, Routes.worksheet), (.search, Routes.search), (.sdg, Routes.sdg)]
        for goal in SDGFramework.shared.goals {
            kinds.append((.sdgGoal(goal.number), Routes.sdgGoal(goal.number)))
            let uses = model.sdgGoalUses[goal.number] ?? []
            guard uses.count > SDGPages.splitAbove else { continue }
            for group in SDGPages.byChangwat(goal.number, model) {
                kinds.append((.sdgGoalArea(goal.number, group.name), Routes.sdgGoalArea(goal.number, group.name)))
            }
        }
        return kinds
    }

    func allJobs(kinds: [(PageKind, SitePath)], search: [SearchIndex]) -> (jobs: [(Job, SitePath)], pages: [SitePath]) {
        let languages = PageLanguage.all(for: model.site)
        var jobs: [(Job, SitePath)] = []
        jobs.reserveCapacity(kinds.count * languages.count + 16)
        // The whole-site files first: each is one long job, and started
        // last it would hold up the end of the build on one core.
        jobs.append((.communitiesJSON, Routes.communitiesJSON))
        jobs.append((.indicatorsCSV, Routes.indicatorsCSV))
        jobs.append((.indicatorsJSON, Routes.indicatorsJSON))
        jobs.append((.networkJSON, Routes.networkJSON))
        jobs.append((.networkDOT(nil), Routes.networkDOT))
        for n in model.content.networks where n.model != nil { jobs.append((.networkDOT(n.id), Routes.networkDOT(n.id))) }
        let sitemap = Sitemap(baseURL: model.site.baseURL, languages: languages, pages: kinds.map(\.1))
        let parts = sitemap.parts(limits: sitemapLimits)
        if parts.count == 1 {
            jobs.append((.sitemap(pages: parts[0]), Routes.sitemap))
        } else {
            jobs.append((.sitemapIndex(parts: parts.count), Routes.sitemap))
            for (n, part) in parts.enumerated() { jobs.append((.sitemap(pages: part), Sitemap.partPath(n + 1))) }
        }
        jobs.append((.notFound, Routes.notFound))
        for (l, language) in languages.enumerated() {
            for (n, shard) in search[l].shards.enumerated() { jobs.append((.searchWords(language: l, shard: n), SearchFiles.wordsPath(shard.key, language: language))) }
            for n in 0..<SearchFiles.blockCount(search[l]) { jobs.append((.searchEntries(language: l, block: n), SearchFiles.entriesPath(n, language: language))) }
        }
        for language in languages {
            for (kind, path) in kinds { jobs.append((.page(kind, language), path.localized(language))) }
        }
        for name in shells.assets.keys.sorted() { jobs.append((.stylesheetAsset(name), SitePath(["assets"] + name.split(separator: "/").map(String.init), isFile: true))) }
        for v in model.communities {
            for a in v.assets { jobs.append((.contentAsset(source: v.folder + "/" + a, path: Routes.communityAsset(v.id, a)), Routes.communityAsset(v.id, a))) }
        }
        for s in model.knowledgeSets {
            for a in s.assets { jobs.append((.contentAsset(source: s.folder + "/" + a, path: Routes.knowledgeAsset(s.id, a)), Routes.knowledgeAsset(s.id, a))) }
        }
        return (jobs, kinds.map(\.1))
    }

    /// Renders and writes the whole site into `tree`'s staging folder.
    public func build(into tree: OutputTree) throws(OutputTree.Problem) -> Report {
        var clock = PhaseClock()
        if let report = Self.unchanged(content: model.content, shells: shells, tree: tree, sitemapLimits: sitemapLimits, jobs: jobs) {
            clock.lap("unchanged site")
            return report
        }
        let kinds = pageKinds()
        // The manifest's keys need the model and the graph, not the search
        // index: they are worked out while the index is built (its merge
        // and the keys' serial parts each leave a core idle).
        let keying = Background(jobs: jobs) { [self] in manifestKeys(pages: kinds) }
        let search = try searchIndex(cache: tree)
        clock.lap("search index")
        let (jobs, pages) = allJobs(kinds: kinds, search: search)
        let paths = jobs.map(\.1.filePath)
        clock.lap("job list")
        var manifest = keying.value
        let previous = tree.previousBuild
        let plan = RebuildPlan(manifest: manifest, previous: previous, pages: kinds, jobs: jobs, community: communityID, share: inPlaceShare)
        let inPlace = plan.inPlace
        clock.lap("manifest")
        let sitemapPages = pages
        typealias Written = (outcome: OutputTree.Outcome?, size: Int, isPage: Bool)
        let results = Parallel.map(jobs, jobs: self.jobs) { job, path -> Result<Written, OutputTree.Problem> in
            do throws(OutputTree.Problem) {
                if case .page(let kind, _) = job, plan.keeps(kind, community: communityID(of: kind)),
                   let size = tree.reuse(path.filePath, inPlace: inPlace) {
                    return .success((nil, size, true))
                }
                let bytes = try render(job, path: path, sitemapPages: sitemapPages, search: search)
                let outcome = try tree.write(path.filePath, bytes, inPlace: inPlace)
                if case .page = job { return .success((outcome, bytes.count, true)) }
                return .success((outcome, bytes.count, false))
            } catch {
                return .failure(error)
            }
        }
        clock.lap("render and write")
        var report = Report()
        manifest.files.reserveCapacity(results.count)
        for (i, r) in results.enumerated() {
            let written = try r.get()
            manifest.files.append((paths[i], written.size))
            report.files += 1
            if written.outcome != nil { report.bytes += written.size }
            if written.isPage { report.pages += 1 }
            switch written.outcome {
            case .written: report.written += 1
            case .linked: report.linked += 1
            case nil: report.reused += 1
            }
        }
        manifest.pages = report.pages
        report.marker = manifest.marker
        if inPlace {
            report.inPlace = true
            let kept = Set(paths)
            report.removed = previous.files.map(\.path).filter { !kept.contains($0) }
        }
        return report
    }

    /// The manifest of this build without its file list: each community's
    /// key, each aggregate page's key and the site key.
    func manifestKeys(pages kinds: [(PageKind, SitePath)]) -> BuildManifest {
        let shared = BuildManifest.shared(content: model.content, shells: shells)
        let inputs = CommunityInputs(model: model, graph: graph)
        let keys = BuildManifest.keys(model: model, graph: graph, inputs: inputs, shared: shared, jobs: jobs)
        let pageKeys = AggregateKeys(model: model, graph: graph).keys(pages: kinds, inputs: inputs, shared: shared, jobs: jobs)
        return BuildManifest(keys: keys, pageKeys: pageKeys, siteKey: BuildManifest.siteKey(content: model.content, shells: shells, limits: sitemapLimits))
    }

    /// Every language's search index, taking the words of texts the
    /// previous build segmented from the cache it left in the output, and
    /// writing the cache for the next build into the staging folder (so
    /// it is swapped or moved in with the pages, never half-written).
    func searchIndex(cache tree: OutputTree) throws(OutputTree.Problem) -> [SearchIndex] {
        var clock = PhaseClock()
        let tag = WordBreaker.version + " " + FileSystem.stamp("/proc/self/exe")
        let previous = tree.previousFile(SearchWordCache.fileName).map { SearchWordCache(bytes: $0, tag: tag) } ?? SearchWordCache(tag: tag)
        clock.lap("search word cache read (\(previous.count) texts)")
        let built = SearchIndex.build(model: model, languages: PageLanguage.all(for: model.site), jobs: jobs, cache: previous)
        clock.lap("search index built")
        try tree.create(SearchWordCache.fileName, built.cache)
        return built.indices
    }

    /// The community whose own files alone decide this page.
    func communityID(of kind: PageKind) -> String? {
        switch kind {
        case .community(let i), .canvas(let i), .handout(let i), .communityPage(let i, _): model.communities[i].id
        default: nil
        }
    }

    func render(_ job: Job, path: SitePath, sitemapPages: [SitePath], search: [SearchIndex]) throws(OutputTree.Problem) -> [UInt8] {
        switch job {
        case .page(let kind, let language):
            return renderPage(kind, language: language, search: search)
        case .searchWords(let language, let shard):
            return SearchFiles.words(search[language].shards[shard])
        case .searchEntries(let language, let block):
            return SearchFiles.entries(search[language], block: block)
        case .notFound:
            let language = PageLanguage(code: model.site.defaultLanguage, site: model.site)
            return NotFoundPage(context: PageContext(model: model, graph: graph, shells: shells, language: language, base: Routes.notFound, chromes: chromes)).render()
        case .stylesheetAsset(let name):
            return shells.assets[name] ?? []
        case .contentAsset(let source, _):
            do { return try FileSystem.read(source) } catch { throw OutputTree.Problem(description: error.description) }
        case .communitiesJSON:
            return CommunitiesExport(model: model).bytes()
        case .indicatorsCSV:
            return IndicatorsExport(model: model).csv()
        case .indicatorsJSON:
            return IndicatorsExport(model: model).json()
        case .networkJSON:
            return NetworkExport(model: model, graph: graph).json()
        case .networkDOT(let network):
            return NetworkExport(model: model, graph: graph).dot(network: network)
        case .sitemap(let range):
            return Sitemap(baseURL: model.site.baseURL, languages: PageLanguage.all(for: model.site), pages: sitemapPages).bytes(pages: range)
        case .sitemapIndex(let parts):
            return Sitemap(baseURL: model.site.baseURL, languages: PageLanguage.all(for: model.site), pages: []).index(parts: parts)
        }
    }

    /// `search`: each language's index, in `PageLanguage.all` order.
    func renderPage(_ kind: PageKind, language: PageLanguage, search: [SearchIndex]) -> [UInt8] {
        func context(_ base: SitePath) -> PageContext { PageContext(model: model, graph: graph, shells: shells, language: language, base: base, chromes: chromes) }
        let m = model
        switch kind {
        case .home: return HomePage(context: context(Routes.home)).render()
        case .communities: return CommunitiesPage(context: context(Routes.communities)).render()
        case .community(let i): return CommunityPage(context: context(Routes.community(m.communities[i].id)), community: m.communities[i]).render()
        case .canvas(let i): return CanvasPage(context: context(Routes.canvas(m.communities[i].id)), community: m.communities[i]).render()
        case .handout(let i):
            let questions = handoutQuestions[language.code] ?? GuidingQuestionList(language: language, withWritingSpace: true).bytes()
            return HandoutPage(context: context(Routes.handout(m.communities[i].id)), community: m.communities[i], questions: questions).render()
        case .communityPage(let i, let j):
            let v = m.communities[i]
            let p = v.pages[j]
            return CommunityMarkdownPage(context: context(Routes.communityPage(v.id, p.id)), community: v, translations: p.translations, id: p.id).render()
        case .partners: return PartnerNetworkPages(context: context(Routes.partners)).partners()
        case .partner(let i):
            let p = m.content.partners[i]
            guard let partner = p.model else { return [] }
            return PartnerNetworkPages(context: context(Routes.partner(p.id))).partner(p, partner)
        case .networks: return PartnerNetworkPages(context: context(Routes.networks)).networks()
        case .network(let i):
            let n = m.content.networks[i]
            guard let network = n.model else { return [] }
            return PartnerNetworkPages(context: context(Routes.network(n.id))).network(n, network)
        case .knowledge: return KnowledgePages(context: context(Routes.knowledge)).index()
        case .knowledgeSet(let i): return KnowledgePages(context: context(Routes.knowledgeSet(m.knowledgeSets[i].id))).set(m.knowledgeSets[i])
        case .knowledgePage(let i, let j):
            let s = m.knowledgeSets[i]
            return KnowledgePages(context: context(Routes.knowledgePage(s.id, s.pages[j].id))).page(s, at: j)
        case .knowledgePrint(let i): return KnowledgePages(context: context(Routes.knowledgePrint(m.knowledgeSets[i].id))).print(m.knowledgeSets[i])
        case .handouts: return HandoutPages(context: context(Routes.handouts)).index()
        case .worksheet: return HandoutPages(context: context(Routes.worksheet)).worksheet()
        case .sdg: return SDGPages(context: context(Routes.sdg)).index()
        case .sdgGoal(let n): return SDGPages(context: context(Routes.sdgGoal(n))).goal(SDGFramework.shared.goals[n - 1])
        case .sdgGoalArea(let n, let changwat):
            return SDGPages(context: context(Routes.sdgGoalArea(n, changwat))).goal(SDGFramework.shared.goals[n - 1], changwat: changwat)
        case .search:
            let l = PageLanguage.all(for: m.site).firstIndex(of: language) ?? 0
            return SearchPage(context: context(Routes.search), index: search[l]).render()
        case .areas: return AreaPages(context: context(AreaPaths.root)).index()
        case .changwat(let ci):
            let c = m.areas.changwats[ci]
            return AreaPages(context: context(AreaPaths.changwat(c.name))).changwat(c)
        case .amphoe(let ci, let ai):
            let c = m.areas.changwats[ci], a = c.amphoes[ai]
            return AreaPages(context: context(AreaPaths.amphoe(c.name, a.name))).amphoe(c, a)
        case .tambon(let ci, let ai, let ti):
            let c = m.areas.changwats[ci], a = c.amphoes[ai], t = a.tambons[ti]
            return AreaPages(context: context(AreaPaths.tambon(c.name, a.name, t.name))).tambon(c, a, t)
        }
    }
}
