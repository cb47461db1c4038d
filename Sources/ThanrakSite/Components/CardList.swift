/// A list of cards, each a linked title and one line about it (partners,
/// networks, areas). CSS classes: `card-list`, `card`.
struct CardList {
    struct Card {
        var title: String
        var href: String
        var meta: String?
    }

    let cards: [Card]

    func write(into html: inout HTMLBuffer) {
        html.raw("<ul class=\"card-list\">")
        for card in cards {
            html.raw("<li class=\"card\"><h2>")
            html.open("a", ["href": card.href])
            html.text(card.title)
            html.raw("</a></h2>")
            if let meta = card.meta {
                html.raw("<p>")
                html.text(meta)
                html.raw("</p>")
            }
            html.raw("</li>")
        }
        html.raw("</ul>")
    }
}
