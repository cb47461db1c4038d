import Testing
import ThanrakModel
import ThanrakTestSupport

/// §6, §11: `about:` is Markdown; its `@` links and raw HTML are reported at
/// the same place in the YAML file (inside a `|` block: the line after the
/// key, at the block's indentation plus the column in the text).
@Suite struct NetworkPartnerLinkRuleTests {
    static let network = "networks/udon-silk.yaml"
    static let partner = "partners/cdd-udon.yaml"

    /// The minimal network (lines 1–5) with `about` from line 6.
    static func network(about: String) -> TestTree {
        let base = TestTree.minimal().files[network]!
        return TestTree.minimal().with(network, base + "\nabout: " + about)
    }

    /// The minimal partner (lines 1–3) with `about` from line 4.
    static func partner(about: String) -> TestTree {
        let base = TestTree.minimal().files[partner]!
        return TestTree.minimal().with(partner, base + "\nabout: " + about)
    }

    @Test func brokenLinkInABlockScalarMapsToTheYAMLLineAndColumn() throws {
        let report = try Self.network(about: "|\n  เครือข่าย [ผ้า](@ban-b)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.network)
        // Line 7: two spaces of indentation, `เครือข่าย ` (ten code points), then `[`.
        #expect((d.line, d.column) == (7, 13))
        #expect(d.message.contains("did you mean 'ban-a'?"), "\(d.message)")
    }

    @Test func laterLinesOfABlockScalarKeepTheirLines() throws {
        let about = "|\n  ย่อหน้าแรก\n\n  บรรทัดสอง <br> และ [x](@partner/cdd-udom)\n"
        let report = try Self.network(about: about).check()
        let html = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(html.file == Self.network)
        #expect((html.line, html.column) == (9, 13))
        let link = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((link.line, link.column) == (9, 22))
        #expect(link.message.contains("did you mean 'cdd-udon'?"), "\(link.message)")
    }

    @Test func deeperBlockIndentationIsCounted() throws {
        let report = try Self.network(about: "|\n      [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (7, 7))
    }

    @Test func plainScalarAboutPointsIntoItsLine() throws {
        // `about: ดู [x](@nope)` on line 4: the scalar starts at column 8.
        let report = try Self.partner(about: "ดู [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.partner)
        #expect((d.line, d.column) == (4, 11))
    }

    @Test func quotedScalarAboutCountsTheQuote() throws {
        let report = try Self.partner(about: "\"ดู [x](@nope)\"\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (4, 12))
    }

    @Test func textMapAboutIsCheckedPerLanguage() throws {
        let about = "\n  th: |\n    ดู [x](@nope)\n  en: |\n    See [y](@nope2)\n"
        let report = try Self.partner(about: about).check()
        let found = report.with(.brokenLink)
        #expect(found.map { [$0.line, $0.column] } == [[6, 8], [8, 9]], "\(report.summary)")
    }

    @Test func javascriptLinkInAboutIsRawHTMLOmitted() throws {
        let report = try Self.network(about: "|\n  [x](javascript:alert(1))\n").check()
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (7, 3))
    }

    @Test func resolvingLinksInAboutAreClean() throws {
        let report = try Self.network(about: "|\n  [ผ้า](@ban-a#silk) [ภาคี](@partner/cdd-udon) [SDG](@sdg/8.3)\n").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func aboutOfABrokenNetworkFileIsNotChecked() throws {
        // §11: checks that need a broken file's contents are skipped.
        let report = try TestTree.minimal().with(Self.network, "about: |\n  [x](@nope)\nname: [\n").check()
        #expect(report.with(.brokenLink).isEmpty, "\(report.summary)")
        #expect(report.only(.yamlSyntax)?.file == Self.network, "\(report.summary)")
    }
}
