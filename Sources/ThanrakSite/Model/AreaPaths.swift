/// Area pages live at `/areas/<changwat>/<amphoe>/<tambon>/` with the NFC
/// Thai names as path segments (percent-encoded in links, §11). Names are
/// free text, so a segment is made safe for a path: `/` and `\` become
/// `-`, a name starting with `.` (or empty) gets a leading `_`; a missing
/// level is `_` ("not given").
public enum AreaPaths {
    public static let notGiven = "_"

    public static func segment(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return notGiven }
        // Nearly every name is safe already: tested on bytes, it is returned
        // as it is (the Character walk below cost a sixth of an area page).
        if name.utf8.first != UInt8(ascii: "."), !name.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }) {
            return name
        }
        var s = String(name.map { $0 == "/" || $0 == "\\" ? "-" : $0 })
        if s.hasPrefix(".") { s = "_" + s }
        return s
    }

    public static let root = SitePath(["areas"])
    public static func changwat(_ c: String) -> SitePath { SitePath(["areas", segment(c)]) }
    public static func amphoe(_ c: String, _ a: String?) -> SitePath { SitePath(["areas", segment(c), segment(a)]) }
    public static func tambon(_ c: String, _ a: String?, _ t: String?) -> SitePath { SitePath(["areas", segment(c), segment(a), segment(t)]) }
}
