import ThanrakModel

/// `/data/communities.json`: every community with its profile, canvas and
/// money, for reuse. CE years, raw and annual money, Text as {th:, en:}
/// maps, coordinates as {lat, lon} (§11). Keys in a fixed order.
struct CommunitiesExport {
    let model: SiteModel

    func bytes() -> [UInt8] {
        var j = JSONWriter()
        j.raw("{\"site\":")
        j.object { o in
            o.field("title") { $0.text(model.site.title) }
            o.field("base_url") { $0.string(model.site.baseURL) }
            o.field("languages") { j in j.array(model.site.languages) { $0.string($1) } }
        }
        j.raw(",\"communities\":")
        j.array(model.communities) { j, v in community(v, into: &j) }
        j.raw("}\n")
        return j.bytes
    }

    private func community(_ v: CommunityView, into j: inout JSONWriter) {
        let c = v.community
        j.object { o in
            o.field("id") { $0.string(v.id) }
            o.field("name") { $0.text(c.name) }
            if let kind = c.kind { o.field("kind") { $0.string(kind.value) } }
            o.field("location") { j in
                j.object { l in
                    let loc = c.location
                    if let x = loc.village { l.field("village") { $0.string(x.value) } }
                    if let x = loc.moo { l.field("moo") { $0.int(x.value) } }
                    if let x = loc.tambon { l.field("tambon") { $0.string(x.value) } }
                    if let x = loc.amphoe { l.field("amphoe") { $0.string(x.value) } }
                    l.field("changwat") { $0.string(loc.changwat.value) }
                    if let x = loc.ecoregion { l.field("ecoregion") { $0.string(x.value) } }
                    if let x = loc.coordinates?.value {
                        l.field("coordinates") { j in
                            j.object { p in
                                p.field("lat") { $0.raw(x.latitude.text) }
                                p.field("lon") { $0.raw(x.longitude.text) }
                            }
                        }
                    }
                }
            }
            if let f = c.founded { o.field("founded") { $0.int(f.value.ce) } }
            if let m = c.members { o.field("members") { $0.int(m.value) } }
            if let s = c.stage { o.field("stage") { $0.int(s.value) } }
            o.field("networks") { j in j.array(c.networks) { $0.string($1.value) } }
            o.field("cycle") { j in j.array(c.cycle) { $0.string($1.value.rawValue) } }
            o.field("ksnb") { j in
                j.object { k in for key in KSNBKey.allCases { if let s = c.ksnb[key] { k.field(key.rawValue) { $0.int(s.value) } } } }
            }
            o.field("foundations") { j in
                j.object { k in for key in FoundationKey.allCases { if let s = c.foundations[key] { k.field(key.rawValue) { $0.int(s.value) } } } }
            }
            o.field("trades") { j in
                j.array(c.trades) { j, t in
                    j.object { o in
                        o.field("with") { $0.string(t.partner.value) }
                        o.field(t.direction.rawValue) { $0.text(t.goods) }
                    }
                }
            }
            o.field("canvas") { j in
                j.object { steps in
                    for step in Step.allCases {
                        steps.field(step.key) { j in j.array(v.canvas[step]) { j, item in self.item(item, into: &j) } }
                    }
                }
            }
            o.field("money") { j in
                j.object { m in
                    m.field("revenue_per_year") { $0.number(v.money.revenuePerYear) }
                    m.field("costs_per_year") { $0.number(v.money.costsPerYear) }
                    m.field("revenue_once") { $0.number(v.money.revenueOnce) }
                    m.field("costs_once") { $0.number(v.money.costsOnce) }
                }
            }
            o.field("indicator_ids") { j in j.array(v.indicators) { $0.string($1.id.value) } }
        }
    }

    private func item(_ item: CanvasItem, into j: inout JSONWriter) {
        j.object { o in
            o.field("id") { $0.string(item.id.value) }
            o.field("text") { $0.text(item.text) }
            if !item.refs.isEmpty { o.field("refs") { j in j.array(item.refs) { $0.string($1.value) } } }
            if let partner = item.partner { o.field("partner") { $0.string(partner.value) } }
            if let money = item.money?.value {
                o.field("amount") { $0.raw(money.amount.text) }
                o.field("per") { $0.string(money.period.rawValue) }
                o.field("annual") { j in if let a = money.annual { j.number(a) } else { j.raw("null") } }
            }
        }
    }
}

/// A small JSON writer: UTF-8 unescaped, fixed key order, no whitespace.
struct JSONWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20: raw("\\u00" + String(b >> 4, radix: 16) + String(b & 0xF, radix: 16))
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ v: Int) { raw(String(v)) }

    /// Whole numbers without a decimal point; others as Swift prints them (shortest round-trip).
    mutating func number(_ v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { raw(String(Int64(v))) } else if v.isFinite { raw(String(v)) } else { raw("null") }
    }

    mutating func text(_ t: LocalizedText) {
        object { o in for (language, text) in t.translations { o.field(language) { $0.string(text) } } }
    }

    mutating func object(_ body: (inout ObjectWriter) -> Void) {
        raw("{")
        // Move the bytes into the object writer and back, so appending
        // never copies the buffer (a copy per object would be quadratic).
        var o = ObjectWriter(writer: JSONWriter())
        swap(&o.writer.bytes, &bytes)
        body(&o)
        swap(&o.writer.bytes, &bytes)
        raw("}")
    }

    mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            each(&self, item)
        }
        raw("]")
    }

    struct ObjectWriter {
        var writer: JSONWriter
        var first = true

        mutating func field(_ key: String, _ value: (inout JSONWriter) -> Void) {
            if !first { writer.raw(",") }
            first = false
            writer.string(key)
            writer.raw(":")
            value(&writer)
        }
    }
}
