/// `/sitemap.xml`: pretty absolute URLs from `base_url`, with `hreflang`
/// alternates when the site has more than one language (§11).
struct Sitemap {
    let baseURL: String
    let languages: [PageLanguage]
    /// Pages in the default language (sorted by the caller).
    let pages: [SitePath]

    func bytes() -> [UInt8] {
        var html = HTMLBuffer(capacity: pages.count * 200 * max(1, languages.count))
        html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")
        for page in pages {
            for language in languages {
                html.raw("<url><loc>")
                html.text(page.localized(language).absoluteURL(base: baseURL))
                html.raw("</loc>")
                if languages.count > 1 {
                    for alternate in languages {
                        html.raw("<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.code)\" href=\"")
                        html.text(page.localized(alternate).absoluteURL(base: baseURL))
                        html.raw("\"/>")
                    }
                }
                html.raw("</url>\n")
            }
        }
        html.raw("</urlset>\n")
        return html.bytes
    }
}
