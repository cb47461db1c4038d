import Foundation
import ThanrakModel

/// A goal, target or indicator code as a small badge in the goal's official
/// colour, linking to the goal page. Text colour is chosen for contrast
/// (dark on the light goal colours). CSS classes: `sdg-badge`, `sdg-goal-N`.
struct SDGBadge {
    let code: String
    let language: PageLanguage
    let page: SitePath

    func write(into html: inout HTMLBuffer) {
        guard let number = SDGFramework.shared.goalNumber(of: code) else {
            html.text(code)
            return
        }
        // As `open("a", [class, href, style, title])` writes it; the link
        // goes into the bytes directly (thousands of badges a site).
        html.raw("<a class=\"")
        html.raw(markup: SDGBadge.classes[number - 1])
        html.raw("\" href=\"")
        let isGoal = code == SDGFramework.shared.goals[number - 1].code  // the goal itself: no fragment
        html.link(from: page, to: Routes.sdgGoal(number), under: language.folder, fragment: isGoal ? nil : code)
        html.raw("\" style=\"")
        html.raw(markup: SDGBadge.styles[number - 1])
        html.raw("\" title=\"")
        html.raw(SDGBadge.titles[language.isThai ? 0 : 1][number - 1])
        html.raw("\">")
        html.text(code)
        html.raw("</a>")
    }

    /// Per goal, worked out once: a site shows thousands of badges.
    static let classes = SDGFramework.shared.goals.map { "sdg-badge sdg-goal-\($0.number)" }
    /// "SDG 8: …" escaped, in Thai (0) and English (1): `Goal.name` gives
    /// Thai names to Thai pages and English ones to every other language.
    static let titles: [[[UInt8]]] = ["th", "en"].map { code in
        SDGFramework.shared.goals.map { Array(HTMLBuffer.escape("SDG \($0.number): \($0.name(language: code))").utf8) }
    }
    static let styles = SDGFramework.shared.goals.map { "background:\($0.color);color:\(prefersDarkText($0.color) ? "#000000" : "#ffffff")" }

    /// WCAG relative luminance: white text needs a dark enough background.
    static func prefersDarkText(_ hex: String) -> Bool {
        let digits = hex.dropFirst()
        guard digits.count == 6, let v = UInt32(digits, radix: 16) else { return false }
        func channel(_ c: UInt32) -> Double {
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let l = 0.2126 * channel(v >> 16 & 0xFF) + 0.7152 * channel(v >> 8 & 0xFF) + 0.0722 * channel(v & 0xFF)
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05)  // contrast with black beats white
    }
}
