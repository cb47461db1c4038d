/// `index.md` for a new community: the group's story, shown on its page.
/// The guidance is in the front matter's YAML comments, which are never
/// published; the body holds one placeholder paragraph per thing to tell,
/// in Thai, since this file is the page in the site's default language.
/// (Markdown has no comment that the checker accepts: an HTML comment is
/// raw HTML and would be reported as dropped.)
enum StorySkeleton {
    static func text(communityID id: String, languages: [String]) -> String {
        // Translations are index.<lang>.md, for the site's other languages only.
        let translations = languages.dropFirst().map { "index.\($0).md" }.joined(separator: ", ")
        var y = "---\n"
        y += SkeletonYAML.comment(
            "เรื่องเล่าของกลุ่ม แสดงบนหน้าของกลุ่มในเว็บไซต์ เขียนแบบ Markdown ใต้เส้น --- เส้นที่สอง แทนย่อหน้าที่มี [กรอก]",
            "The group's story, shown on its page of the site: write it in Markdown below the second --- line, in place of the [กรอก] paragraphs")
        y += SkeletonYAML.comment(
            "ย่อหน้าตัวอย่างถามว่า กลุ่มเริ่มอย่างไร วันนี้ทำอะไรให้ใคร และแคนวาสทำให้เห็นอะไรกับจะทำอะไรต่อ",
            "The placeholder paragraphs ask: how the group began; what it does today and for whom; what the canvas showed and what comes next")
        y += SkeletonYAML.comment(
            "ลิงก์ไปยังข้อในแคนวาสได้ เช่น [สินค้าของเรา](@\(id)#our-product)" + (translations.isEmpty ? "" : " ฉบับแปลเขียนแยกไว้ใน \(translations)"),
            "Link to a canvas item like [our product](@\(id)#our-product)" + (translations.isEmpty ? "" : "; a translation goes in \(translations)"))
        y += SkeletonYAML.comment(
            "summary คือประโยคเดียวที่บอกว่ากลุ่มนี้คือใครและทำอะไร ใช้เป็นคำอธิบายสั้น ๆ ของหน้า",
            "summary: one sentence on who the group is and what it does, used as the page's short description")
        y += "summary:\n---\n\n"
        y += "[กรอก] กลุ่มเริ่มต้นเมื่อไร ใครชวนใครมารวมกัน และรวมกันเพราะอะไร\n\n"
        y += "[กรอก] ทุกวันนี้กลุ่มทำอะไร สินค้าหรือบริการของกลุ่มคืออะไร และใครเป็นคนซื้อหรือใช้\n\n"
        y += "[กรอก] การทำแคนวาสชุมชนทำให้กลุ่มเห็นอะไรใหม่บ้าง และกลุ่มตั้งใจจะทำอะไรต่อไป\n"
        return y
    }
}
