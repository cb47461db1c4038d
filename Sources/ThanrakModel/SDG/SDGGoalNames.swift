extension SDGFramework {
    /// Short goal names, in the project's own words (Thai, English).
    static let goalNames: [(th: String, en: String)] = [
        ("ขจัดความยากจน", "End poverty"),
        ("ขจัดความหิวโหย", "No one hungry"),
        ("สุขภาพและความเป็นอยู่ที่ดี", "Health and well-being"),
        ("การศึกษาที่มีคุณภาพ", "Good education for all"),
        ("ความเท่าเทียมระหว่างเพศ", "Equality of women and men"),
        ("น้ำสะอาดและสุขาภิบาล", "Clean water and sanitation"),
        ("พลังงานสะอาดที่ทุกคนเข้าถึงได้", "Clean energy within reach"),
        ("งานที่มีคุณค่าและเศรษฐกิจที่เติบโต", "Decent work and a growing economy"),
        ("อุตสาหกรรม นวัตกรรม และโครงสร้างพื้นฐาน", "Industry, innovation and infrastructure"),
        ("ลดความเหลื่อมล้ำ", "Less inequality"),
        ("เมืองและชุมชนที่ยั่งยืน", "Lasting towns and communities"),
        ("ผลิตและบริโภคอย่างรับผิดชอบ", "Careful production and consumption"),
        ("รับมือการเปลี่ยนแปลงสภาพภูมิอากาศ", "Acting on the climate"),
        ("ทรัพยากรทางทะเลและชายฝั่ง", "Life in the sea and on the coast"),
        ("ระบบนิเวศบนบกและป่าไม้", "Life on land and in forests"),
        ("สันติภาพ ความยุติธรรม และสถาบันที่เข้มแข็ง", "Peace, justice and strong institutions"),
        ("ความร่วมมือเพื่อการพัฒนา", "Working together for the goals"),
    ]
}
