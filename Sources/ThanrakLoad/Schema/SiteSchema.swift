import ThanrakModel

/// `site.yaml` (§2, §11).
enum SiteSchema {
    static let keys = ["title", "base_url", "languages", "calendar"]
    /// Top-level page names a language code may not take (`/sdg/` vs `/<lang>/`).
    static let reservedPathNames: Set<String> = [
        "communities", "areas", "networks", "partners", "sdg", "knowledge", "handouts", "search", "data", "assets",
    ]

    /// The `languages` list alone, read without diagnostics: Text maps in the
    /// same file need it, whatever order the keys come in. nil when the file
    /// cannot be read as YAML.
    static func languages(in bytes: [UInt8]) -> [String]? {
        var found: [String] = []
        let reading = YAMLDecoder.read(bytes[...], file: "", languages: []) { root, d throws(YAMLSyntaxError) in
            try d.mapping(root, "site.yaml") { key, value throws(YAMLSyntaxError) in
                guard key.text == "languages" else { return try d.skip(value) }
                found = try d.stringList(value, "languages").map(\.value)
            }
        }
        guard reading.complete else { return nil }
        return found.isEmpty ? ["th"] : found
    }

    static func decode(_ root: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Site {
        var site = Site.fallback
        site.languages = d.languages
        var hasTitle = false, hasBaseURL = false
        let span = try d.mapping(root, "site.yaml") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "title":
                if let t = try d.text(value, "title", required: true) { site.title = t; hasTitle = true }
            case "base_url":
                if let url = try d.string(value, "base_url") {
                    let lower = url.value.lowercased()
                    if (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && url.value.count > 8 && !url.value.contains(" ") {
                        site.baseURL = url.value.hasSuffix("/") ? url.value : url.value + "/"
                        hasBaseURL = true
                    } else {
                        d.sink.error(.wrongType, at: url.span, "base_url must be an absolute http(s) URL like https://example.org/udon/, found '\(url.value)'")
                        hasBaseURL = true
                    }
                }
            case "languages":
                try checkLanguages(value, with: d)
            case "calendar":
                if let c = try d.vocabulary(value, "calendar", SiteCalendar.self) { site.calendar = c.value }
            default:
                try d.unknownKey(key, value, in: "site.yaml", known: keys)
            }
        }
        let at = span ?? .fileStart
        if !hasTitle { d.missingField("title", in: "site.yaml", at: at) }
        if !hasBaseURL { d.missingField("base_url", in: "site.yaml", at: at) }
        return site
    }

    private static func checkLanguages(_ value: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) {
        var seen = Set<String>()
        let codes = try d.stringList(value, "languages")
        // Null or [] lists no language at all (§11: an explicit null in a
        // list means []); the site needs one to be written in.
        if codes.isEmpty && (value.isNull || value.isSequence) {
            d.sink.error(.outOfRange, at: value.span, "languages lists no language; write [th], or [th, en] for Thai with English")
        }
        for code in codes {
            if !seen.insert(code.value).inserted {
                d.sink.error(.duplicateID, at: code.span, "language '\(code.value)' is listed twice")
            } else if reservedPathNames.contains(code.value) {
                // Before the shape: `data` is no language code either, but
                // what the user must learn is that the name is taken (§11).
                d.sink.error(.outOfRange, at: code.span, "'\(code.value)' cannot be a language: /\(code.value)/ is already a page of the site")
            } else if !isLanguageCode(code.value) {
                d.sink.error(.badID, at: code.span, "'\(code.value)' is not a language code; use a lower-case code like th or en")
            }
        }
    }

    static func isLanguageCode(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") } }
    }
}
