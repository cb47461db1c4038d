import ThanrakModel

/// `/data/communities.json`: every community with its profile, canvas and
/// money, for reuse. CE years, raw and annual money, Text as {th:, en:}
/// maps, coordinates as {lat, lon} (§11). Keys in a fixed order.
struct CommunitiesExport {
    let model: SiteModel

    /// Bytes per community, a little over what the national corpus averages,
    /// so the buffer is reserved once rather than regrown while writing.
    static let bytesPerCommunity = 8 * 1024

    func bytes() -> [UInt8] {
        var j = JSONWriter(capacity: 1024 + model.communities.count * Self.bytesPerCommunity)
        j.object { j in
            j.key("site")
            j.object { o in
                o.field("title", model.site.title)
                o.field("base_url", model.site.baseURL)
                o.key("languages")
                o.array(model.site.languages) { $0.string($1) }
            }
            j.key("communities")
            j.array(model.communities) { j, v in community(v, into: &j) }
        }
        j.end("\n")
        return j.bytes
    }

    private func community(_ v: CommunityView, into j: inout JSONWriter) {
        let c = v.community
        j.object { o in
            o.field("id", v.id)
            o.field("name", c.name)
            if let kind = c.kind { o.field("kind", kind.value) }
            o.key("location")
            location(c.location, into: &o)
            if let f = c.founded { o.field("founded", f.value.ce) }
            if let m = c.members { o.field("members", m.value) }
            if let s = c.stage { o.field("stage", s.value) }
            o.key("networks")
            o.array(c.networks) { $0.string($1.value) }
            o.key("cycle")
            o.array(c.cycle) { $0.string($1.value.rawValue) }
            o.key("ksnb")
            o.object { k in for key in KSNBKey.allCases { if let s = c.ksnb[key] { k.key(key.rawValue); k.int(s.value) } } }
            o.key("foundations")
            o.object { k in for key in FoundationKey.allCases { if let s = c.foundations[key] { k.key(key.rawValue); k.int(s.value) } } }
            o.key("trades")
            o.array(c.trades) { j, t in
                j.object { o in
                    o.field("with", t.partner.value)
                    o.key(t.direction.rawValue)
                    o.text(t.goods)
                }
            }
            o.key("canvas")
            o.object { steps in
                for step in Step.allCases {
                    steps.key(step.key)
                    steps.array(v.canvas[step]) { j, item in self.item(item, into: &j) }
                }
            }
            o.key("money")
            o.object { m in
                m.key("revenue_per_year"); m.number(v.money.revenuePerYear)
                m.key("costs_per_year"); m.number(v.money.costsPerYear)
                m.key("revenue_once"); m.number(v.money.revenueOnce)
                m.key("costs_once"); m.number(v.money.costsOnce)
            }
            o.key("indicator_ids")
            o.array(v.indicators) { $0.string($1.id.value) }
        }
    }

    private func location(_ loc: Location, into j: inout JSONWriter) {
        j.object { l in
            if let x = loc.village { l.field("village", x.value) }
            if let x = loc.moo { l.field("moo", x.value) }
            if let x = loc.tambon { l.field("tambon", x.value) }
            if let x = loc.amphoe { l.field("amphoe", x.value) }
            l.field("changwat", loc.changwat.value)
            if let x = loc.ecoregion { l.field("ecoregion", x.value) }
            if let x = loc.coordinates?.value {
                l.key("coordinates")
                l.object { p in
                    p.key("lat"); p.value(x.latitude.text)
                    p.key("lon"); p.value(x.longitude.text)
                }
            }
        }
    }

    private func item(_ item: CanvasItem, into j: inout JSONWriter) {
        j.object { o in
            o.field("id", item.id.value)
            o.field("text", item.text)
            if !item.refs.isEmpty { o.key("refs"); o.array(item.refs) { $0.string($1.value) } }
            if let partner = item.partner { o.field("partner", partner.value) }
            if let money = item.money?.value {
                o.key("amount"); o.value(money.amount.text)
                o.field("per", money.period.rawValue)
                o.key("annual")
                if let a = money.annual { o.number(a) } else { o.null() }
            }
        }
    }
}
