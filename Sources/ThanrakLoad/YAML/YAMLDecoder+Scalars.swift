import ThanrakModel

/// Typed scalars: each reads the text as written and types it by the field,
/// never by YAML 1.1's implicit rules (`no` stays a word, `8.10` stays a code).
/// Each returns nil for null (absent) and for a reported problem.
extension YAMLDecoder {
    /// A non-null scalar, or nil (with `wrong-type` for a mapping or list).
    func scalar(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> YAMLScalar? {
        switch node {
        case .scalar(let s): return s.isNull ? nil : s
        case .alias: return nil
        default:
            try wrongType(node, expected: "a single value for \(what())")
            return nil
        }
    }

    /// Plain text in one language, NFC-normalised; an empty string is absent.
    func string(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> Located<String>? {
        guard let s = try scalar(node, what()), !s.text.isEmpty else { return nil }
        return Located(s.normalizedText, at: s.span)
    }

    /// An id; a malformed one is reported as `bad-id` and still returned, so
    /// references to it do not cascade into more errors.
    func id(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> Located<String>? {
        guard let s = try string(node, what()) else { return nil }
        if !Identifier.isValid(s.value) {
            sink.error(.badID, at: s.span, "'\(s.value)' is not a valid id for \(what()): \(Identifier.problem(with: s.value))")
        }
        return s
    }

    /// A decimal number by the format's grammar, optionally within a range.
    func number(_ node: YAMLNode, _ what: @autoclosure () -> String, atLeast minimum: Double? = nil) throws(YAMLSyntaxError) -> Located<Number>? {
        guard let s = try scalar(node, what()) else { return nil }
        guard let n = Number(parsing: s.text) else {
            sink.error(.wrongType, at: s.span, "'\(s.text)' is not a number for \(what()); write digits with an optional decimal point, like 1200 or 12.5")
            return nil
        }
        if let minimum, n.value < minimum {
            sink.error(.outOfRange, at: s.span, "\(what()) must be at least \(Int(minimum)), found \(s.text)")
            return nil
        }
        return Located(n, at: s.span)
    }

    /// A whole number, optionally within a range.
    func integer(_ node: YAMLNode, _ what: @autoclosure () -> String, in range: ClosedRange<Int>? = nil) throws(YAMLSyntaxError) -> Located<Int>? {
        guard let s = try scalar(node, what()) else { return nil }
        guard Number(parsing: s.text, wholeOnly: true) != nil, let v = Int(s.text) else {
            sink.error(.wrongType, at: s.span, "'\(s.text)' is not a whole number for \(what())")
            return nil
        }
        if let range, !range.contains(v) {
            sink.error(.outOfRange, at: s.span, "\(what()) must be from \(range.lowerBound) to \(range.upperBound), found \(v)")
            return nil
        }
        return Located(v, at: s.span)
    }

    /// A year, Buddhist Era (≥ 2400) or Common Era, 1800–2200 CE.
    func year(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> Located<Year>? {
        guard let s = try scalar(node, what()) else { return nil }
        guard Number(parsing: s.text, wholeOnly: true) != nil, let v = Int(s.text) else {
            sink.error(.wrongType, at: s.span, "'\(s.text)' is not a year for \(what()); write it whole, like 2567 (BE) or 2024 (CE)")
            return nil
        }
        let year = Year(written: v)
        guard year.isInValidRange else {
            sink.error(.outOfRange, at: s.span, "\(v) is not a plausible year for \(what()): after conversion to CE it must be from 1800 to 2200 (write 2566, not 66)")
            return nil
        }
        return Located(year, at: s.span)
    }

    /// A value from a fixed list, with "did you mean" and the allowed values.
    func vocabulary<V: Vocabulary>(_ node: YAMLNode, _ what: @autoclosure () -> String, _ type: V.Type) throws(YAMLSyntaxError) -> Located<V>? {
        guard let s = try scalar(node, what()) else { return nil }
        guard let v = V(rawValue: s.text) else {
            let allowed = V.keys.joined(separator: ", ")
            sink.error(.unknownValue, at: s.span, "'\(s.text)' is not a value of \(what()) (one of: \(allowed))\(Suggestion.hint(for: s.text, in: V.keys))")
            return nil
        }
        return Located(v, at: s.span)
    }

    /// Text: a plain string in the default language, or a map of the site's
    /// language codes to strings. A map without the default language is
    /// `missing-field` when `required`.
    func text(_ node: YAMLNode, _ what: @autoclosure () -> String, required: Bool = false) throws(YAMLSyntaxError) -> LocalizedText? {
        if case .mapping = node {
            var translations: [(language: String, text: String)] = []
            let span = try mapping(node, what()) { key, value throws(YAMLSyntaxError) in
                guard isLanguage(key.text) else {
                    try unknownKey(key, value, in: what(), known: languages, note: "'\(key.text)' is not a language of site.yaml (\(languages.joined(separator: ", ")))")
                    return
                }
                if let s = try string(value, "\(what()).\(key.text)") {
                    translations.append((key.text, s.value))
                }
            }
            if let span, required, !translations.contains(where: { $0.language == defaultLanguage }) {
                missingField(defaultLanguage, in: what(), at: span, note: " (text must be given in '\(defaultLanguage)', the language of this file's plain text)")
            }
            return translations.isEmpty ? nil : LocalizedText(translations)
        }
        guard let s = try string(node, what()) else { return nil }
        return LocalizedText(s.value, language: defaultLanguage)
    }

    /// A list of ids (`refs`, `networks`, …); a single scalar is `wrong-type`.
    func idList(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> (ids: [Located<String>], span: SourceSpan?) {
        var ids: [Located<String>] = []
        let span = try sequence(node, what()) { item throws(YAMLSyntaxError) in
            if let id = try self.id(item, "an entry of \(what())") { ids.append(id) }
        }
        return (ids, span)
    }

    /// A list of plain strings kept exactly as written (SDG codes).
    func stringList(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> [Located<String>] {
        var values: [Located<String>] = []
        try sequence(node, what()) { item throws(YAMLSyntaxError) in
            if let s = try string(item, "an entry of \(what())") { values.append(s) }
        }
        return values
    }
}
