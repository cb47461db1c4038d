import ThanrakModel

/// What every page renderer gets: the model, the language, where the page
/// is (to make relative links), and the shared renderers. A class: every
/// component is handed it, and as a struct each hand-over retained and
/// released its dozen references (900,000 copies a 1,000-plan build).
final class PageContext: Sendable {
    let model: SiteModel
    let graph: SiteGraph
    let shells: ShellLibrary
    let language: PageLanguage
    /// The page in the default language; `path` is where this copy lives.
    let base: SitePath
    /// Kept, not computed: every link on the page starts from it.
    let path: SitePath

    /// The shell values this page shares with every page of its language and depth.
    let chrome: PageChrome

    /// `chromes`: worked out once for the whole build; without it, this
    /// page's chrome is worked out here.
    init(model: SiteModel, graph: SiteGraph, shells: ShellLibrary, language: PageLanguage, base: SitePath, chromes: PageChromes? = nil) {
        self.model = model
        self.graph = graph
        self.shells = shells
        self.language = language
        self.base = base
        let path = base.localized(language)
        self.path = path
        chrome = chromes?.chrome(language, page: path) ?? PageChrome(site: model.site, language: language, page: path)
    }
    var site: Site { model.site }
    var markdown: MarkdownRenderer { MarkdownRenderer(model: model) }

    /// A relative link to a page, in this page's language.
    func href(_ target: SitePath, fragment: String? = nil) -> String {
        path.link(to: target.isFile ? target : target.localized(language), fragment: fragment)
    }

    /// `<a href="…">` to a page in this page's language: `href` written
    /// into the page's bytes without making a String.
    func openLink(to target: SitePath, fragment: String? = nil, into html: inout HTMLBuffer) {
        html.openLink(from: path, to: target, under: target.isFile ? nil : language.folder, fragment: fragment)
    }

    func t(_ pair: Labels.Pair) -> String { language.pick(pair) }
    func text(_ t: LocalizedText) -> String { language.text(t) }
    func year(_ y: Year) -> String { Format.year(y, calendar: site.calendar, language: language) }
    /// `year(y)` written straight into the page.
    func year(_ y: Year, into html: inout HTMLBuffer) { Format.appendYear(y, calendar: site.calendar, language: language, to: &html) }

    /// Markdown rendered for this page; `assets` is the folder the text
    /// came from, when it has assets its plain links may name.
    func render(markdown source: String, headingShift: Int32 = 1, assets: AssetFolder? = nil) -> String {
        markdown.html(source, on: path, language: language, headingShift: headingShift, assets: assets)
    }

    /// `render(markdown:…)` written straight into the page.
    func write(markdown source: String, headingShift: Int32 = 1, assets: AssetFolder? = nil, into html: inout HTMLBuffer) {
        markdown.write(source, on: path, language: language, headingShift: headingShift, assets: assets, into: &html)
    }

    /// The page in this language, else the default one; and whether that is a fallback.
    func pick(_ translations: [String: Page]) -> (page: Page, isFallback: Bool)? { language.pick(translations) }
}

/// A page ready for its shell: which shell, its title, its place in the
/// site, and its sections as HTML.
struct ShellPage {
    enum Section: String, CaseIterable { case home, communities, areas, networks, partners, knowledge, handouts, sdg }

    var shell: String
    var title: String
    var crumbs: [(label: String, path: SitePath)] = []
    var section: Section?
    var bodyClass: String
    var description: String?
    /// Sections as HTML (String for small ones, bytes for large ones).
    var blocks = ShellBlocks<String>()
    var htmlBlocks = ShellBlocks<[UInt8]>()
    /// The page has sortable tables: load the small script.
    var script = false
}

/// A page's sections by key, in the order they were set. A page has a
/// dozen at most, so a list searched by key beats a dictionary, which
/// hashed every key (and grew) on every page.
struct ShellBlocks<Value>: Sequence {
    private var pairs: [(key: String, value: Value)] = []

    var count: Int { pairs.count }

    /// Setting nil removes the section; setting a key again replaces it.
    subscript(key: String) -> Value? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> { pairs.makeIterator() }
}
