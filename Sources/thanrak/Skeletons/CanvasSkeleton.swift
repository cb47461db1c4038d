import ThanrakModel
import ThanrakSite

/// `canvas.yaml` for a new community. Each step is headed by the summary
/// and questions of the printed worksheet (StepGuide), so the file and the
/// handout ask the same things, and by its reference rule, taken from
/// `Step` so it cannot drift from what `check` enforces. Each step holds
/// one placeholder item, wired so the canvas checks without a warning and
/// shows how `refs` tie the steps together.
enum CanvasSkeleton {
    struct Placeholder {
        var id: String
        var th: String
        var en: String
        var refs: [String]
    }

    static func placeholder(_ step: Step) -> Placeholder {
        switch step {
        case .value: Placeholder(
            id: "our-product", th: "[กรอก] สินค้าหรือบริการของกลุ่ม และสิ่งที่ลูกค้าได้รับ",
            en: "[fill in] the group's product or service, and what a customer gets from it", refs: [])
        case .customers: Placeholder(
            id: "main-customers", th: "[กรอก] ลูกค้ากลุ่มหลักของเรา",
            en: "[fill in] our main customers", refs: ["our-product"])
        case .channels: Placeholder(
            id: "main-channel", th: "[กรอก] ช่องทางที่ลูกค้าจะได้รู้จักสินค้าของเรา",
            en: "[fill in] how those customers come to know the product", refs: ["our-product", "main-customers"])
        case .relationships: Placeholder(
            id: "repeat-buying", th: "[กรอก] วิธีปิดการขายและทำให้ลูกค้ากลับมาซื้ออีก",
            en: "[fill in] how a sale is closed and the customer comes back", refs: ["main-customers"])
        case .revenue: Placeholder(
            id: "product-sales", th: "[กรอก] รายได้หลักของกลุ่ม",
            en: "[fill in] the group's main income", refs: ["our-product"])
        case .activities: Placeholder(
            id: "main-work", th: "[กรอก] งานหลักที่กลุ่มต้องลงมือทำ",
            en: "[fill in] the main work the group must do", refs: ["our-product", "main-channel"])
        case .resources: Placeholder(
            id: "idle-resource", th: "[กรอก] สิ่งที่ชุมชนมีอยู่แต่ยังใช้ไม่เต็มที่",
            en: "[fill in] something the community has but does not fully use", refs: ["main-work"])
        case .partners: Placeholder(
            id: "helping-partner", th: "[กรอก] หน่วยงานหรือกลุ่มที่ช่วยงานนี้ได้ และช่วยเรื่องอะไร",
            en: "[fill in] an agency or group that can help with this work, and how", refs: ["main-work"])
        case .costs: Placeholder(
            id: "main-cost", th: "[กรอก] ค่าใช้จ่ายหลักของงานนี้",
            en: "[fill in] the main cost of this work", refs: ["main-work"])
        }
    }

    static func text(communityID: String, _ t: SkeletonText) -> String {
        var y = SkeletonYAML.comment(
            "แคนวาสชุมชน 9 ขั้นของ \(communityID) แต่ละขั้นเป็นรายการ แต่ละข้อมี id (a–z 0–9 และขีด) ข้อความ text และ refs ที่ชี้ไปยัง id ของข้อในขั้นก่อนหน้า",
            "The 9-step community canvas of \(communityID). Each step is a list; each item has an id (a–z, 0–9, dashes), a text, and refs naming items of earlier steps")
        y += SkeletonYAML.comment(
            "ข้อที่มี [กรอก] เป็นตัวอย่าง ให้เขียนข้อความใหม่ เปลี่ยน id ได้ (แก้ใน refs ให้ตรงกันด้วย) และคัดลอกเพิ่มได้ทีละข้อ",
            "The items marked [fill in] are placeholders: rewrite the text, rename an id (and every refs that names it), copy an item to add another")
        y += SkeletonYAML.comment("แก้เสร็จแต่ละครั้งให้ตรวจด้วย thanrak check", "Check after every change with thanrak check")
        for guide in StepGuide.all { y += "\n" + step(guide, t) }
        return y
    }

    private static func step(_ guide: StepGuide, _ t: SkeletonText) -> String {
        let s = guide.step
        var y = "# ─── ขั้นที่ \(s.rawValue) \(s.thaiLabel) · Step \(s.rawValue): \(s.englishLabel) ───\n"
        y += SkeletonYAML.comment(guide.summary.th, guide.summary.en)
        for q in guide.questions { y += "#   • \(q.th)\n#     \(q.en)\n" }
        let rule = refRule(s)
        y += SkeletonYAML.comment(rule.th, rule.en)
        let p = placeholder(s)
        y += "\(s.key):\n  - id: \(p.id)\n    text: \(t.text(th: p.th, en: p.en))\n"
        if s.allowsPartner {
            y += SkeletonYAML.line("    partner:", comment: "ชื่อไฟล์ใน partners/ ถ้ามี / its file name in partners/, if it has one", column: 20)
        }
        if !p.refs.isEmpty { y += "    refs: [\(p.refs.joined(separator: ", "))]\n" }
        if s.allowsMoney {
            y += SkeletonYAML.line("    amount:", comment: "จำนวนเงินเป็นบาท / the amount in baht", column: 20)
            y += SkeletonYAML.line("    per:", comment: "year ต่อปี (ถ้าไม่ใส่) · month ต่อเดือน · once ครั้งเดียว / year (the default), month or once", column: 20)
        }
        return y
    }

    /// The step's row of the table in §4, in words.
    static func refRule(_ s: Step) -> (th: String, en: String) {
        let allowed = s.allowedRefSteps.map { String($0.rawValue) }
        guard !allowed.isEmpty else {
            return ("ขั้นนี้ไม่มี refs เพราะทุกขั้นที่ตามมาเริ่มจากขั้นนี้", "No refs here: every later step starts from this one")
        }
        var th = "refs ชี้ได้เฉพาะข้อในขั้นที่ \(list(allowed, "และ"))"
        var en = "refs may name items of step\(allowed.count > 1 ? "s" : "") \(list(allowed, "and")) only"
        let groups = s.requiredRefGroups.map { $0.map { String($0.rawValue) } }
        if !groups.isEmpty {
            th += " และต้องชี้ถึง" + groups.map { "ขั้นที่ \(list($0, "หรือ")) อย่างน้อยหนึ่งข้อ" }.joined(separator: " กับ")
            en += "; at least one of " + groups.map { "step \(list($0, "or"))" }.joined(separator: " and one of ")
        }
        return (th, en)
    }

    private static func list(_ items: [String], _ conjunction: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
