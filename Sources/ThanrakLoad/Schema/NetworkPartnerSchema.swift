import ThanrakModel

/// `networks/<id>.yaml` and `partners/<id>.yaml` (§6, §11).
enum NetworkSchema {
    static let keys = ["name", "kind", "theme", "level", "coordinator", "about"]

    static func decode(_ root: YAMLNode, id: String, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Network {
        var name: LocalizedText?
        var kind: Located<NetworkKind>?, theme: Located<NetworkTheme>?, level: Located<NetworkLevel>?
        var coordinator: Located<String>?, about: MarkdownText?
        var written = Set<String>()
        let span = try d.mapping(root, "a network") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "name": name = try d.text(value, "name", required: true)
            case "kind": kind = try d.vocabulary(value, "kind", NetworkKind.self)
            case "theme": theme = try d.vocabulary(value, "theme", NetworkTheme.self)
            case "level": level = try d.vocabulary(value, "level", NetworkLevel.self)
            case "coordinator": coordinator = try d.id(value, "coordinator")
            case "about": about = try d.markdown(value, "about")
            default: try d.unknownKey(key, value, in: "a network", known: keys)
            }
            if !value.isNull { written.insert(key.text) }
        } ?? .fileStart
        if name == nil { d.missingField("name", in: "the network", at: span) }
        if kind == nil && !written.contains("kind") { d.missingField("kind", in: "the network", at: span) }
        if level == nil && !written.contains("level") { d.missingField("level", in: "the network", at: span) }
        if kind?.value == .thematic && theme == nil && !written.contains("theme") {
            d.missingField("theme", in: "a thematic network", at: span)
        }
        return Network(
            name: name ?? LocalizedText(id, language: d.defaultLanguage), kind: kind?.value ?? .area,
            theme: theme?.value, level: level?.value ?? .changwat, coordinator: coordinator, about: about)
    }
}

enum PartnerSchema {
    static let keys = ["name", "sector", "level", "about"]

    static func decode(_ root: YAMLNode, id: String, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Partner {
        var name: LocalizedText?
        var sector: Located<PartnerSector>?, level: Located<PartnerLevel>?
        var about: MarkdownText?
        var written = Set<String>()
        let span = try d.mapping(root, "a partner") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "name": name = try d.text(value, "name", required: true)
            case "sector": sector = try d.vocabulary(value, "sector", PartnerSector.self)
            case "level": level = try d.vocabulary(value, "level", PartnerLevel.self)
            case "about": about = try d.markdown(value, "about")
            default: try d.unknownKey(key, value, in: "a partner", known: keys)
            }
            if !value.isNull { written.insert(key.text) }
        } ?? .fileStart
        if name == nil { d.missingField("name", in: "the partner", at: span) }
        if sector == nil && !written.contains("sector") { d.missingField("sector", in: "the partner", at: span) }
        if level == nil && !written.contains("level") { d.missingField("level", in: "the partner", at: span) }
        return Partner(
            name: name ?? LocalizedText(id, language: d.defaultLanguage), sector: sector?.value ?? .government,
            level: level?.value ?? .changwat, about: about)
    }
}
