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
        guard let goal = SDGFramework.shared.goal(of: code) else {
            html.text(code)
            return
        }
        let href = page.link(to: Routes.sdgGoal(goal.number).localized(language), fragment: code == goal.code ? nil : code)
        let ink = SDGBadge.prefersDarkText(goal.color) ? "#000000" : "#ffffff"
        html.open("a", [
            "class": "sdg-badge sdg-goal-\(goal.number)", "href": href,
            "style": "background:\(goal.color);color:\(ink)",
            "title": "SDG \(goal.number): \(goal.name(language: language.code))",
        ])
        html.text(code)
        html.raw("</a>")
    }

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
