import Testing
import ThanrakModel
import ThanrakTestSupport

/// `site.yaml` (§2, §11): `title` and `base_url` required, `languages`
/// defaults to `[th]` (the first is the default), `calendar` to `buddhist`.
@Suite struct SiteSchemaTests {
    static let file = "site.yaml"

    static func check(_ site: String) throws -> CheckReport {
        try TestTree.minimal().with(file, site).check()
    }

    @Test func missingTitleIsMissingFieldAtTheMappingStart() throws {
        let report = try Self.check("base_url: https://example.org/\nlanguages: [th, en]\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'title'"), "\(d.message)")
        #expect(report.exitStatus == 1)
    }

    @Test func anEmptyLanguageListIsOutOfRange() throws {
        for list in ["[]", "~", ""] {
            let report = try Self.check("title: {th: เว็บ}\nbase_url: https://example.org/\nlanguages: \(list)\n")
            let d = try #require(report.only(.outOfRange), "\(list): \(report.summary)")
            #expect(d.file == Self.file && d.line == 3, "\(list)")
            #expect(d.message.contains("no language"), "\(d.message)")
            #expect(report.exitStatus == 1)
        }
        // Left out, it is [th].
        #expect(try Self.check("title: {th: เว็บ}\nbase_url: https://example.org/\n").with(.outOfRange).isEmpty)
    }

    @Test func missingBaseURLIsMissingField() throws {
        let report = try Self.check("title: เว็บ\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'base_url'"), "\(d.message)")
    }

    @Test func explicitNullTitleIsMissingField() throws {
        let report = try Self.check("title:\nbase_url: https://example.org/\nlanguages: [th, en]\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'title'"), "\(d.message)")
    }

    @Test func emptyStringTitleIsMissingField() throws {
        let report = try Self.check("base_url: https://example.org/\ntitle: \"\"\nlanguages: [th, en]\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'title'"), "\(d.message)")
    }

    @Test func titleMapWithoutTheDefaultLanguageIsMissingFieldAtTheMap() throws {
        let report = try Self.check("title: {en: Test}\nbase_url: https://example.org/\nlanguages: [th, en]\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 8))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func defaultLanguageIsTheFirstListed() throws {
        // With `languages: [en, th]` a map without `en` lacks the default language.
        let report = try Self.check("title: {th: เว็บ}\nbase_url: https://example.org/\nlanguages: [en, th]\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 8))
        #expect(d.message.contains("'en'"), "\(d.message)")
    }

    @Test func languagesDefaultToThai() throws {
        // Without `languages`, `en` is not a language of the site.
        let report = try Self.check("title: {th: เว็บ, en: Site}\nbase_url: https://example.org/\n")
        let d = try #require(report.with(.unknownKey).first { $0.file == Self.file }, "\(report.summary)")
        #expect((d.line, d.column) == (1, 19))
        #expect(report.result.content.site.languages == ["th"])
    }

    @Test func unknownKeyHasAHint() throws {
        let report = try Self.check("title: เว็บ\nbase_url: https://example.org/\nlanguages: [th, en]\ncalender: gregorian\n")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("did you mean 'calendar'?"), "\(d.message)")
    }

    @Test func unknownCalendarIsUnknownValueWithHintAndAllowedValues() throws {
        let report = try Self.check("title: เว็บ\nbase_url: https://example.org/\nlanguages: [th, en]\ncalendar: buddist\n")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (4, 11))
        #expect(d.message.contains("did you mean 'buddhist'?") && d.message.contains("gregorian"), "\(d.message)")
    }

    @Test func calendarDefaultsToBuddhist() throws {
        let report = try TestTree.minimal().check()
        #expect(report.result.content.site.calendar == .buddhist)
    }

    @Test func relativeBaseURLIsRefusedAtTheValue() throws {
        let report = try Self.check("title: เว็บ\nbase_url: example.org/udon/\nlanguages: [th, en]\n")
        let d = try #require(report.diagnostics.first { $0.file == Self.file }, "\(report.summary)")
        #expect(d.severity == .error)
        #expect((d.line, d.column) == (2, 11))
    }

    @Test func missingFinalSlashOfBaseURLIsAdded() throws {
        let report = try Self.check("title: เว็บ\nbase_url: https://example.org/udon\nlanguages: [th, en]\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(report.result.content.site.baseURL == "https://example.org/udon/")
    }

    /// Also for names longer than a language code (`data`, `assets`): the
    /// name being taken is what the user must learn.
    @Test(arguments: ["sdg", "data", "assets", "communities", "search"])
    func languageThatIsATopLevelPageNameIsOutOfRange(name: String) throws {
        let report = try Self.check("title: เว็บ\nbase_url: https://example.org/\nlanguages: [th, \(name)]\n")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect(report.with(.badID).isEmpty)
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (3, 17))
    }

    @Test func languagesAsAScalarIsWrongType() throws {
        let report = try Self.check("title: เว็บ\nbase_url: https://example.org/\nlanguages: th\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (3, 12))
    }

    @Test func languageKeyNotInSiteYAMLIsUnknownKeyAtTheKey() throws {
        let report = try Self.check("title: {th: เว็บ, en: Site, fr: Site}\nbase_url: https://example.org/\nlanguages: [th, en]\n")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (1, 29))
    }

    @Test func missingSiteYAMLIsMissingFileAndExit1() throws {
        let report = try TestTree.minimal().without(Self.file).check()
        let d = try #require(report.only(.missingFile), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (1, 1))
        #expect(report.exitStatus == 1)
    }
}
