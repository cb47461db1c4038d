import ThanrakModel

/// `indicators.yaml` (§5, §11): a list of indicators.
enum IndicatorSchema {
    static let keys = ["id", "name", "level", "unit", "sdg", "direction", "baseline", "target", "measurements", "source", "refs"]
    static let observationKeys = ["year", "value"]

    static func decode(_ root: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> [Indicator] {
        var indicators: [Indicator] = []
        try d.sequence(root, "indicators.yaml") { node throws(YAMLSyntaxError) in
            if let i = try indicator(node, with: d) { indicators.append(i) }
        }
        return indicators
    }

    static func indicator(_ node: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Indicator? {
        guard case .mapping = node else {
            try d.wrongType(node, expected: "an indicator (a mapping with id, name, level, direction)")
            return nil
        }
        var id: Located<String>?
        var name: LocalizedText?
        var level: Located<IndicatorLevel>?
        var direction: Located<Direction>?
        var unit: LocalizedText?, source: LocalizedText?
        var sdg: [Located<String>] = []
        var baseline: Observation?, target: Observation?
        var measurements: [Observation] = []
        var refs: [Located<String>] = []
        var invalidLevelOrDirection = false
        let span = try d.mapping(node, "an indicator") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "id": id = try d.id(value, "an indicator id")
            case "name": name = try d.text(value, "name", required: true)
            case "level":
                level = try d.vocabulary(value, "level", IndicatorLevel.self)
                invalidLevelOrDirection = invalidLevelOrDirection || (level == nil && !value.isNull)
            case "direction":
                direction = try d.vocabulary(value, "direction", Direction.self)
                invalidLevelOrDirection = invalidLevelOrDirection || (direction == nil && !value.isNull)
            case "unit": unit = try d.text(value, "unit")
            case "source": source = try d.text(value, "source")
            case "sdg": sdg = try d.stringList(value, "sdg")
            case "baseline": baseline = try observation(value, "baseline", with: d)
            case "target": target = try observation(value, "target", with: d)
            case "measurements":
                try d.sequence(value, "measurements") { m throws(YAMLSyntaxError) in
                    if let o = try observation(m, "a measurement", with: d) { measurements.append(o) }
                }
            case "refs": refs = try d.idList(value, "refs").ids
            default: try d.unknownKey(key, value, in: "an indicator", known: keys)
            }
        } ?? node.span
        if id == nil { d.missingField("id", in: "an indicator", at: span) }
        if name == nil { d.missingField("name", in: "an indicator", at: span) }
        if level == nil && !invalidLevelOrDirection { d.missingField("level", in: "an indicator", at: span) }
        if direction == nil && !invalidLevelOrDirection { d.missingField("direction", in: "an indicator", at: span) }
        guard let id else { return nil }
        // Stand-ins keep the rest checkable; the errors above stop any build.
        return Indicator(
            id: id, name: name ?? LocalizedText(id.value, language: d.defaultLanguage),
            level: level?.value ?? .output, unit: unit, sdg: sdg, direction: direction?.value ?? .increase,
            baseline: baseline, target: target, measurements: measurements, source: source, refs: refs, span: span)
    }

    static func observation(_ node: YAMLNode, _ what: @autoclosure () -> String, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Observation? {
        var year: Located<Year>?, value: Located<Number>?
        var badYear = false, badValue = false
        guard let span = try d.mapping(node, what(), { key, v throws(YAMLSyntaxError) in
            switch key.text {
            case "year":
                year = try d.year(v, "\(what()).year")
                badYear = year == nil && !v.isNull
            case "value":
                value = try d.number(v, "\(what()).value")
                badValue = value == nil && !v.isNull
            default: try d.unknownKey(key, v, in: what(), known: observationKeys)
            }
        }) else { return nil }
        if year == nil && !badYear { d.missingField("year", in: what(), at: span) }
        if value == nil && !badValue { d.missingField("value", in: what(), at: span) }
        guard let year, let value else { return nil }
        return Observation(year: year, value: value, span: span)
    }
}
