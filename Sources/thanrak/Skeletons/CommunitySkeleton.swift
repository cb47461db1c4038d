import ThanrakModel

/// What `thanrak new community` asks for on the command line.
struct NewCommunityInput {
    var id: String
    var changwat: String
    var amphoe: String?
    var tambon: String?
    /// The Thai name; the id stands in for it until the workshop names the group.
    var name: String?
    var nameEN: String?
}

/// `community.yaml` for a new community: every key of §3, each with what
/// to write in Thai and English. Unknown values are left empty, which the
/// format reads as absent, so the file checks as it is and a facilitator
/// fills in what the group knows.
enum CommunitySkeleton {
    static func text(_ input: NewCommunityInput, _ t: SkeletonText) -> String {
        var names = ["th": input.name ?? input.id]
        if let en = input.nameEN { names["en"] = en }
        // Trailing comments line up at one column per block.
        let column = 20
        func optional(_ key: String, _ value: String?) -> String {
            value.map { "\(key): \(SkeletonYAML.scalar($0))" } ?? "\(key):"
        }
        var y = SkeletonYAML.comment(
            "ข้อมูลของกลุ่ม \(input.id) ช่องที่ว่างไว้กรอกเมื่อรู้ จะเว้นไว้ก็ได้ แก้แล้วตรวจด้วย thanrak check",
            "Profile of \(input.id): fill in empty fields as they become known (they may stay empty), then run thanrak check")
        y += "\n"
        // A blank line before each key's comment, as in site.yaml.
        y += SkeletonYAML.comment("ชื่อกลุ่มตามที่สมาชิกเรียกกัน", "The group's name, as its members call it")
        y += "name: \(t.text(names))\n\n"
        y += SkeletonYAML.comment(
            "ประเภทของกลุ่ม เขียนเป็นคำภาษาอังกฤษตัวเล็ก เช่น community-enterprise หรือ savings-group",
            "The kind of group, as a lower-case id such as community-enterprise or savings-group")
        y += "kind:\n\n"
        y += SkeletonYAML.comment("ที่ตั้งของกลุ่ม ต้องมีจังหวัด ส่วนอื่นกรอกเท่าที่รู้", "Where the group is: the changwat is required, the rest as far as known")
        y += "location:\n"
        y += SkeletonYAML.line("  village:", comment: "ชื่อหมู่บ้าน / village name", column: column)
        y += SkeletonYAML.line("  moo:", comment: "หมู่ที่ เป็นตัวเลข / village number", column: column)
        y += SkeletonYAML.line(optional("  tambon", input.tambon), comment: "ตำบล / tambon (subdistrict)", column: column)
        y += SkeletonYAML.line(optional("  amphoe", input.amphoe), comment: "อำเภอ / amphoe (district)", column: column)
        y += SkeletonYAML.line(optional("  changwat", input.changwat), comment: "จังหวัด (ต้องมี) / changwat (province, required)", column: column)
        y += SkeletonYAML.line("  ecoregion:", comment: "ภูมินิเวศ เช่น ลุ่มน้ำ / ecoregion, such as a river basin", column: column)
        y += SkeletonYAML.line("  coordinates:", comment: "[ละติจูด, ลองจิจูด] / [latitude, longitude], e.g. [17.12, 103.02]", column: column)
        y += "\n"
        y += SkeletonYAML.comment("ปีที่ตั้งกลุ่ม เป็น พ.ศ. หรือ ค.ศ. ก็ได้ เช่น 2558", "The year the group was founded, BE or CE, e.g. 2558")
        y += "founded:\n\n"
        y += SkeletonYAML.comment("จำนวนสมาชิก", "Number of members")
        y += "members:\n\n"
        y += stage
        y += SkeletonYAML.comment(
            "เครือข่ายที่กลุ่มเป็นสมาชิก ใส่ชื่อไฟล์ใน networks/ โดยไม่ต้องมี .yaml เช่น [udon-silk]",
            "Networks the group belongs to: file names in networks/ without .yaml, e.g. [udon-silk]")
        y += "networks: []\n\n"
        y += cycle
        y += "\n" + scores(
            "ksnb", KSNBKey.self,
            SkeletonYAML.comment("ขีดความสามารถ KSNB ที่กลุ่มประเมินตนเอง ให้คะแนน 1–5 ข้อที่ยังไม่ประเมินเว้นไว้", "KSNB capacity as the group rates itself, 1–5; leave a key empty until it is rated"))
        y += "\n" + scores(
            "foundations", FoundationKey.self,
            SkeletonYAML.comment("องค์ประกอบสิบด้านของเศรษฐกิจฐานรากที่เข้มแข็ง ประเมินตนเอง 1–5", "The ten parts of a strong grassroots economy, self-rated 1–5"))
        y += "\n" + SkeletonYAML.comment("การซื้อขายกับกลุ่มอื่น แต่ละรายการมี with และ sells หรือ buys อย่างใดอย่างหนึ่ง เช่น", "Trades with other communities: each has with, and either sells or buys, e.g.")
        y += "#   - with: ban-khok-sa-at\n#     sells: \(t.text(th: "เส้นไหม", en: "silk yarn"))\n"
        y += "trades: []\n"
        return y
    }

    /// Stage 1 (designing the canvas) is where a new plan starts; from
    /// stage 2 an empty canvas step is an error, not a warning (§11).
    private static var stage: String {
        var y = SkeletonYAML.comment("ขั้นของการทำแผน 1–4 ตามรายการนี้", "The stage the plan has reached, 1–4:")
        for s in PlanStage.allCases { y += "#   \(s.rawValue) \(s.thaiLabel) / \(s.englishLabel)\n" }
        y += SkeletonYAML.comment(
            "ตั้งแต่ขั้นที่ 2 ขึ้นไป แคนวาสทุกขั้นต้องมีอย่างน้อยหนึ่งข้อ", "From stage 2 on, every canvas step needs at least one item")
        return y + "stage: 1\n\n"
    }

    private static var cycle: String {
        let roles = CycleRole.allCases.map { "\($0.rawValue) (\($0.thaiLabel))" }.joined(separator: ", ")
        return SkeletonYAML.comment(
            "บทบาทของกลุ่มในวงจรเศรษฐกิจของอำเภอ เลือกจาก \(roles)",
            "The group's roles in its district's economic cycle, from: \(CycleRole.keys.joined(separator: ", "))")
            + "cycle: []\n"
    }

    private static func scores<K: Vocabulary>(_ key: String, _: K.Type, _ heading: String) -> String {
        var y = heading + "\(key):\n"
        for k in K.allCases { y += SkeletonYAML.line("  \(k.rawValue):", comment: "\(k.thaiLabel) / \(k.englishLabel)", column: 20) }
        return y
    }
}
