/// What `thanrak new site` writes: a `site.yaml` that checks, each key
/// explained in Thai and English, and the four content folders.
enum SiteSkeleton {
    /// The folders under `content/`, each kept with an empty `.gitkeep`
    /// (git drops empty folders; the loader skips dot-files).
    static let folders = ["communities", "networks", "partners", "knowledge"]

    /// example.org is reserved for examples, so a site published with it
    /// unchanged has plainly wrong links rather than someone else's.
    static let placeholderBaseURL = "https://example.org/change-me/"

    static let siteYAML = """
        # การตั้งค่าของเว็บไซต์ แก้ค่าด้านล่างแล้วตรวจด้วยคำสั่ง thanrak check
        # Site settings: edit the values below, then run thanrak check

        # ชื่อเว็บไซต์ แสดงที่หัวของทุกหน้า มีภาษาไทยและภาษาอังกฤษ
        # The site's title, shown at the top of every page, in Thai and in English
        title: {th: แผนธุรกิจชุมชนของเรา, en: Our Community Business Plans}

        # ที่อยู่เว็บที่จะนำเว็บไซต์ขึ้นไปเผยแพร่ ขึ้นต้นด้วย https:// ค่านี้เป็นเพียงตัวอย่าง ต้องเปลี่ยนก่อนเผยแพร่
        # The address the site will be published at (https://…); this one is a placeholder: change it before publishing
        base_url: \(placeholderBaseURL)

        # ภาษาของเว็บไซต์ ภาษาแรกเป็นภาษาหลัก ภาษาที่สองได้หน้าของตัวเองใต้ /en/
        # The site's languages: the first is the default, the second gets its own pages under /en/
        languages: [th, en]

        # ปฏิทินที่ใช้แสดงปีบนทุกหน้า buddhist คือ พ.ศ. ส่วน gregorian คือ ค.ศ.
        # The calendar years are shown in on every page: buddhist (BE) or gregorian (CE)
        calendar: buddhist

        """
}
