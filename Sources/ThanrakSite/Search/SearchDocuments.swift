import ThanrakModel
#if canImport(Glibc)
import Glibc
#endif

/// One page as the search index sees it: what a result shows (title, a
/// line of context) and its text by weight (3: the title, 2: names,
/// places and the summary, 1: the body).
struct SearchDocument {
    var path: SitePath
    var title: String
    var context: String
    var fields: [SearchField] = []
}

/// Text of one weight. Short texts of a weight are joined into one field
/// (each field is one pass of ICU's iterator, whose set-up is not free);
/// Markdown is kept as written and made plain only when segmented, so a
/// story a language takes from its fallback is neither parsed nor
/// segmented twice.
struct SearchField {
    var text: String
    var isMarkdown = false
    var weight: UInt8

    init(_ text: String, _ weight: UInt8, markdown: Bool = false) {
        self.text = text
        self.weight = weight
        self.isMarkdown = markdown
    }

    /// Same text and kind, compared as bytes (String's == compares Thai
    /// text by canonical equivalence, far slower, and the text is NFC already).
    func sameText(as other: SearchField) -> Bool {
        guard isMarkdown == other.isMarkdown, text.utf8.count == other.text.utf8.count else { return false }
        var a = text, b = other.text
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }  // both empty
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}

/// Which pages are searched, in the order results tie in: knowledge first,
/// then goals, the worksheet, networks, partners, areas and communities.
/// A community's canvas and handout repeat its page's text, and list pages
/// (home, `/communities/`, …) only repeat other pages' titles, so neither
/// is a result of its own: the community page is, and links to both.
enum SearchSource: Sendable {
    case knowledgeSet(Int), knowledgePage(Int, Int)
    case sdgGoal(Int), worksheet
    case network(Int), partner(Int)
    case changwat(Int), amphoe(Int, Int), tambon(Int, Int, Int)
    case community(Int), communityPage(Int, Int)

    static func all(in model: SiteModel) -> [SearchSource] {
        var sources: [SearchSource] = []
        for (i, s) in model.knowledgeSets.enumerated() {
            sources.append(.knowledgeSet(i))
            for j in s.pages.indices { sources.append(.knowledgePage(i, j)) }
        }
        for goal in SDGFramework.shared.goals { sources.append(.sdgGoal(goal.number)) }
        sources.append(.worksheet)
        for (i, n) in model.content.networks.enumerated() where n.model != nil { sources.append(.network(i)) }
        for (i, p) in model.content.partners.enumerated() where p.model != nil { sources.append(.partner(i)) }
        for (ci, c) in model.areas.changwats.enumerated() {
            sources.append(.changwat(ci))
            for (ai, a) in c.amphoes.enumerated() {
                sources.append(.amphoe(ci, ai))
                for ti in a.tambons.indices { sources.append(.tambon(ci, ai, ti)) }
            }
        }
        for (i, v) in model.communities.enumerated() {
            sources.append(.community(i))
            for j in v.pages.indices { sources.append(.communityPage(i, j)) }
        }
        return sources
    }
}

/// Gathers a source's text in one language (with the page's fallbacks).
struct SearchDocuments {
    let model: SiteModel
    let language: PageLanguage

    func document(_ source: SearchSource) -> SearchDocument {
        let l = language
        switch source {
        case .knowledgeSet(let i):
            let set = model.knowledgeSets[i]
            let front = pick(set.front)
            var d = SearchDocument(path: Routes.knowledgeSet(set.id), title: front?.title.map(l.text) ?? set.id, context: l.pick(Labels.knowledge))
            add(front, to: &d)
            return d
        case .knowledgePage(let i, let j):
            let set = model.knowledgeSets[i]
            let entry = set.pages[j]
            let page = pick(entry.translations)
            var d = SearchDocument(
                path: Routes.knowledgePage(set.id, entry.id), title: page?.title.map(l.text) ?? entry.id,
                context: pick(set.front)?.title.map(l.text) ?? set.id)
            add(page, to: &d)
            return d
        case .sdgGoal(let number):
            let goal = SDGFramework.shared.goals[number - 1]
            let title = "SDG \(goal.number): \(goal.name(language: l.code))"
            return SearchDocument(path: Routes.sdgGoal(number), title: title, context: l.pick(Labels.sdg), fields: [SearchField(title, 3)])
        case .worksheet:
            let title = l.pick(Labels.worksheet)
            var d = SearchDocument(path: Routes.worksheet, title: title, context: l.pick(Labels.handouts), fields: [SearchField(title, 3)])
            var questions: [String] = []
            for guide in StepGuide.all { questions += [l.pick(guide.summary)] + guide.questions.map(l.pick) }
            d.fields.append(SearchField(questions.joined(separator: "\n"), 1))
            return d
        case .network(let i):
            let n = model.content.networks[i]
            guard let network = n.model else { return SearchDocument(path: Routes.network(n.id), title: n.id, context: "") }
            return named(Routes.network(n.id), network.name, about: network.about,
                         context: "\(l.pick(Labels.networks)) · \(l.label(network.kind)) · \(l.label(network.level))")
        case .partner(let i):
            let p = model.content.partners[i]
            guard let partner = p.model else { return SearchDocument(path: Routes.partner(p.id), title: p.id, context: "") }
            return named(Routes.partner(p.id), partner.name, about: partner.about,
                         context: "\(l.pick(Labels.partners)) · \(l.label(partner.sector)) · \(l.label(partner.level))")
        case .changwat(let ci):
            let c = model.areas.changwats[ci]
            let title = "\(l.pick(Labels.changwat)) \(c.name)"
            return SearchDocument(path: AreaPaths.changwat(c.name), title: title, context: l.pick(Labels.areas), fields: [SearchField(title, 3)])
        case .amphoe(let ci, let ai):
            let c = model.areas.changwats[ci], a = c.amphoes[ai]
            let title = "\(l.pick(Labels.amphoe)) \(a.name ?? l.pick(Labels.notGiven))"
            let context = "\(l.pick(Labels.changwat)) \(c.name)"
            return SearchDocument(path: AreaPaths.amphoe(c.name, a.name), title: title, context: context, fields: [SearchField(title, 3), SearchField(context, 2)])
        case .tambon(let ci, let ai, let ti):
            let c = model.areas.changwats[ci], a = c.amphoes[ai], t = a.tambons[ti]
            let title = "\(l.pick(Labels.tambon)) \(t.name ?? l.pick(Labels.notGiven))"
            var context = "\(l.pick(Labels.changwat)) \(c.name)"
            if let amphoe = a.name { context = "\(l.pick(Labels.amphoe)) \(amphoe) · " + context }
            return SearchDocument(path: AreaPaths.tambon(c.name, a.name, t.name), title: title, context: context, fields: [SearchField(title, 3), SearchField(context, 2)])
        case .community(let i):
            return community(model.communities[i])
        case .communityPage(let i, let j):
            let v = model.communities[i]
            let entry = v.pages[j]
            let page = pick(entry.translations)
            var d = SearchDocument(path: Routes.communityPage(v.id, entry.id), title: page?.title.map(l.text) ?? entry.id, context: l.text(v.community.name))
            add(page, to: &d)
            return d
        }
    }

    private func community(_ v: CommunityView) -> SearchDocument {
        let l = language
        let c = v.community
        let place = c.location
        var where_: [String] = []
        if let t = place.tambon?.value { where_.append("\(l.pick(Labels.tambon)) \(t)") }
        if let a = place.amphoe?.value { where_.append("\(l.pick(Labels.amphoe)) \(a)") }
        where_.append("\(l.pick(Labels.changwat)) \(place.changwat.value)")
        let kind = c.kind.map { KindLabel.text($0.value, l) }
        let context = ([kind].compactMap { $0 } + [where_.joined(separator: " ")]).joined(separator: " · ")
        var d = SearchDocument(path: Routes.community(v.id), title: l.text(c.name), context: context, fields: [SearchField(l.text(c.name), 3)])
        let story = pick(v.story)
        var names = [otherNames(c.name), place.village?.value, place.tambon?.value, place.amphoe?.value, place.changwat.value, place.ecoregion?.value, kind]
        names.append(story?.summary.map(l.text))
        d.fields.append(SearchField(names.compactMap { $0 }.joined(separator: "\n"), 2))
        // Joined by kind, not all in one: English pages take most canvas
        // items from Thai but have English indicator names, and a field
        // equal in both languages is segmented once.
        d.fields.append(SearchField(v.canvas.itemsByStep.flatMap { $0.map { l.text($0.text) } }.joined(separator: "\n"), 1))
        d.fields.append(SearchField(v.indicators.map { l.text($0.name) }.joined(separator: "\n"), 1))
        d.fields.append(SearchField(c.trades.map { l.text($0.goods) }.joined(separator: "\n"), 1))
        if let story { d.fields.append(SearchField(story.body.source.translations.first?.text ?? "", 1, markdown: true)) }
        return d
    }

    /// A network's or partner's page: its name, other names and `about`.
    private func named(_ path: SitePath, _ name: LocalizedText, about: MarkdownText?, context: String) -> SearchDocument {
        var d = SearchDocument(path: path, title: language.text(name), context: context,
                               fields: [SearchField(language.text(name), 3), SearchField(otherNames(name), 2)])
        if let about { d.fields.append(SearchField(language.text(about.source), 1, markdown: true)) }
        return d
    }

    /// A name in the site's other languages: a reader may search a Thai
    /// page for a group's English name, or the other way round.
    private func otherNames(_ name: LocalizedText) -> String {
        name.translations.filter { $0.language != language.code }.map(\.text).joined(separator: "\n")
    }

    /// The page in this language, else in a fallback one.
    private func pick(_ translations: [String: Page]) -> Page? { language.pick(translations)?.page }

    private func add(_ page: Page?, to d: inout SearchDocument) {
        guard let page else { return }
        d.fields.append(SearchField(d.title, 3))
        if let summary = page.summary { d.fields.append(SearchField(language.text(summary), 2)) }
        d.fields.append(SearchField(page.body.source.translations.first?.text ?? "", 1, markdown: true))
    }
}
