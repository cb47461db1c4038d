import ThanrakModel

/// Revenue and cost items with their yearly figure (`per` normalised),
/// totals and the balance; one-off sums listed but kept out of the totals.
/// CSS classes: `money-table`, `money-revenue`, `money-costs`, `money-total`,
/// `money-balance`, `num`.
struct MoneyTable {
    let community: CommunityView
    let language: PageLanguage

    func write(into html: inout HTMLBuffer) {
        let money = community.money
        guard !money.isEmpty else { return }
        html.raw("<table class=\"money-table\"><caption>")
        html.text(language.pick(Labels.money))
        html.raw("</caption><thead><tr><th scope=\"col\">")
        html.text(language.pick(Labels.item))
        html.raw("</th><th scope=\"col\" class=\"num\">")
        html.text(language.pick(Labels.amount))
        html.raw("</th><th scope=\"col\" class=\"num\">")
        html.text(language.pick(Labels.perYear))
        html.raw("</th></tr></thead>")
        section(.revenue, label: Labels.revenue, total: money.revenuePerYear, cssClass: "money-revenue", into: &html)
        section(.costs, label: Labels.costs, total: money.costsPerYear, cssClass: "money-costs", into: &html)
        html.raw("<tfoot><tr class=\"money-balance\"><th scope=\"row\" colspan=\"2\">")
        html.text(language.pick(Labels.balance))
        html.raw("</th><td class=\"num\">")
        html.text(Format.number(money.balancePerYear))
        html.raw("</td></tr></tfoot></table>")
    }

    private func section(_ step: Step, label: Labels.Pair, total: Double, cssClass: String, into html: inout HTMLBuffer) {
        let items = community.canvas[step].filter { $0.money != nil }
        guard !items.isEmpty else { return }
        html.raw(markup: "<tbody class=\"\(cssClass)\"><tr><th scope=\"rowgroup\" colspan=\"3\">")
        html.text(language.pick(label))
        html.raw("</th></tr>")
        for item in items {
            guard let money = item.money?.value else { continue }
            html.raw("<tr><td>")
            html.open("a", ["href": "#" + item.id.value])
            html.text(language.text(item.text))
            html.raw("</a></td><td class=\"num\">")
            MoneyText.write(money, language: language, into: &html)
            html.raw("</td><td class=\"num\">")
            html.text(money.annual.map(Format.number) ?? "–")
            html.raw("</td></tr>")
        }
        html.raw("<tr class=\"money-total\"><th scope=\"row\" colspan=\"2\">")
        html.text(language.pick(Labels.total))
        html.raw("</th><td class=\"num\">")
        html.text(Format.number(total))
        html.raw("</td></tr></tbody>")
    }
}
