import ThanrakModel

/// `community.yaml` (§3, §11).
enum CommunitySchema {
    static let keys = ["name", "kind", "location", "founded", "members", "stage", "networks", "cycle", "ksnb", "foundations", "trades"]
    static let locationKeys = ["village", "moo", "tambon", "amphoe", "changwat", "ecoregion", "coordinates"]
    static let tradeKeys = ["with", "sells", "buys"]

    /// Always returns a community: missing required fields are reported and
    /// stand-ins used, so the rest of the file is still checked.
    static func decode(_ root: YAMLNode, id: String, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Community {
        var c = Community(name: LocalizedText(id, language: d.defaultLanguage), location: Location(changwat: Located("", at: .fileStart)))
        var hasName = false, hasLocation = false, hasStage = false
        let span = try d.mapping(root, "community.yaml") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "name":
                if let t = try d.text(value, "name", required: true) { c.name = t; hasName = true }
            case "kind": c.kind = try d.id(value, "kind")
            case "location" where value.isNull:
                break  // an explicit null in a required field is missing
            case "location":
                hasLocation = true
                c.location = try location(value, with: d)
            case "founded": c.founded = try d.year(value, "founded")
            case "members": c.members = try d.integer(value, "members", in: 0...1_000_000)
            case "stage":
                hasStage = !value.isNull
                c.stage = try d.integer(value, "stage", in: PlanStage.validRange)
            case "networks": c.networks = try d.idList(value, "networks").ids
            case "cycle":
                c.cycleKey = key.span
                try d.sequence(value, "cycle") { item throws(YAMLSyntaxError) in
                    if let role = try d.vocabulary(item, "cycle", CycleRole.self) { c.cycle.append(role) }
                }
            case "ksnb": c.ksnb = try scores(value, "ksnb", KSNBKey.self, with: d)
            case "foundations": c.foundations = try scores(value, "foundations", FoundationKey.self, with: d)
            case "trades":
                try d.sequence(value, "trades") { item throws(YAMLSyntaxError) in
                    if let t = try trade(item, with: d) { c.trades.append(t) }
                }
            default:
                try d.unknownKey(key, value, in: "community.yaml", known: keys)
            }
        }
        let at = span ?? .fileStart
        if !hasName { d.missingField("name", in: "community.yaml", at: at) }
        if !hasLocation { d.missingField("location.changwat", in: "community.yaml", at: at) }
        if !hasStage { d.missingField("stage", in: "community.yaml", at: at) }
        return c
    }

    static func location(_ node: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Location {
        var l = Location(changwat: Located("", at: .fileStart))
        var hasChangwat = false
        let span = try d.mapping(node, "location") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "village": l.village = try d.string(value, "location.village")
            case "moo": l.moo = try d.integer(value, "location.moo", in: 1...999)
            case "tambon": l.tambon = try d.string(value, "location.tambon")
            case "amphoe": l.amphoe = try d.string(value, "location.amphoe")
            case "changwat":
                if let s = try d.string(value, "location.changwat") { l.changwat = s; hasChangwat = true }
            case "ecoregion": l.ecoregion = try d.string(value, "location.ecoregion")
            case "coordinates": l.coordinates = try coordinates(value, with: d)
            default: try d.unknownKey(key, value, in: "location", known: locationKeys)
            }
        }
        if !hasChangwat { d.missingField("location.changwat", in: "community.yaml", at: span ?? node.span) }
        return l
    }

    static func coordinates(_ node: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Located<Coordinates>? {
        var numbers: [Located<Number>] = []
        var count = 0
        guard let span = try d.sequence(node, "location.coordinates", { item throws(YAMLSyntaxError) in
            count += 1
            if let n = try d.number(item, count == 1 ? "latitude" : "longitude") { numbers.append(n) }
        }) else { return nil }
        guard count == 2 else {
            d.sink.error(.wrongType, at: span, "coordinates are two numbers, [latitude, longitude]; found \(count)")
            return nil
        }
        guard numbers.count == 2 else { return nil }
        let (lat, lon) = (numbers[0], numbers[1])
        if abs(lat.value.value) > 90 {
            d.sink.error(.outOfRange, at: lat.span, "latitude must be from -90 to 90, found \(lat.value.text)")
            return nil
        }
        if abs(lon.value.value) > 180 {
            d.sink.error(.outOfRange, at: lon.span, "longitude must be from -180 to 180, found \(lon.value.text)")
            return nil
        }
        return Located(Coordinates(latitude: lat.value, longitude: lon.value), at: span)
    }

    static func scores<K: Vocabulary>(_ node: YAMLNode, _ what: @autoclosure () -> String, _ type: K.Type, with d: YAMLDecoder) throws(YAMLSyntaxError) -> [K: Located<Int>] {
        var result: [K: Located<Int>] = [:]
        try d.mapping(node, what()) { key, value throws(YAMLSyntaxError) in
            guard let k = K(rawValue: key.text) else {
                return try d.unknownKey(key, value, in: what(), known: K.keys)
            }
            if let v = try d.integer(value, "\(what()).\(key.text)", in: 1...5) { result[k] = v }
        }
        return result
    }

    static func trade(_ node: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Trade? {
        var with: Located<String>?
        var goods: [(Trade.Direction, LocalizedText, SourceSpan)] = []
        guard let span = try d.mapping(node, "a trade", { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "with": with = try d.id(value, "trades.with")
            case "sells", "buys":
                if let t = try d.text(value, "trades.\(key.text)", required: true) {
                    goods.append((key.text == "sells" ? .sells : .buys, t, key.span))
                }
            default: try d.unknownKey(key, value, in: "a trade", known: tradeKeys)
            }
        }) else { return nil }
        if with == nil { d.missingField("with", in: "a trade", at: span) }
        if goods.isEmpty {
            d.missingField("sells", in: "a trade", at: span, note: " or 'buys' (exactly one of the two)")
        } else if goods.count > 1 {
            d.sink.error(.unknownKey, at: goods[1].2, "a trade has either 'sells' or 'buys', not both; write two trades")
        }
        guard let with, let first = goods.first else { return nil }
        return Trade(partner: with, direction: first.0, goods: first.1, span: span)
    }
}
