/// `/search/`: a search form over every page of the language, answered in
/// the browser by `assets/search.js` from this language's index files
/// (`SearchIndex`, `SearchFiles`). The page carries what the script needs
/// (the shard list, block size, stop words and its messages) as data
/// attributes, so the script holds no text of its own.
struct SearchPage {
    let context: PageContext
    let index: SearchIndex

    func render() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "search", title: c.t(Labels.search), section: nil, bodyClass: "page-search")
        var html = HTMLBuffer(capacity: 4_096)
        html.raw("<p class=\"search-intro\">")
        html.text(c.t(Labels.searchIntro))
        html.raw("</p>")
        html.open("form", [
            "class": "search-form", "role": "search", "action": "index.html", "method": "get",
            "data-words": "words/", "data-entries": "entries/",
            "data-shards": index.shards.map(\.key).joined(separator: " "),
            "data-block": String(SearchFiles.block),
            "data-stop": SearchWords.stopWords.sorted().joined(separator: " "),
            "data-loading": c.t(Labels.searchLoading), "data-found": c.t(Labels.searchFound),
            "data-found-one": c.t(Labels.searchFoundOne), "data-none": c.t(Labels.searchNone),
        ])
        html.raw("<label for=\"_q\">")
        html.text(c.t(Labels.searchSite))
        html.raw("</label> <input id=\"_q\" type=\"search\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\"> <button type=\"submit\">")
        html.text(c.t(Labels.search))
        html.raw("</button></form><p class=\"search-status\" role=\"status\"></p><ol class=\"search-results\"></ol><p><button type=\"button\" class=\"search-more\" hidden>")
        html.text(c.t(Labels.searchMore))
        html.raw("</button></p><noscript><p class=\"search-noscript\">")
        html.text(c.t(Labels.searchNeedsScript))
        html.raw("</p></noscript><script src=\"")
        html.raw(markup: c.path.link(to: Routes.searchScript))
        html.raw("\" defer></script>")
        page.htmlBlocks["search"] = html.bytes
        return PageAssembler(context: c).render(page)
    }
}
