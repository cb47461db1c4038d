import ThanrakLoad
import ThanrakModel

/// load → check: reads a content tree and runs every rule over it.
/// Communities are loaded and checked in parallel; diagnostics are sorted,
/// so the report never depends on timing or core count.
public struct Checker: Sendable {
    public var rules: RuleSet
    public var jobs: Int
    /// See ContentLoader.fingerprints: only a build needs them.
    public var fingerprints: Bool

    public init(rules: RuleSet = .standard, jobs: Int, fingerprints: Bool = true) {
        self.rules = rules
        self.jobs = jobs
        self.fingerprints = fingerprints
    }

    public func check(contentRoot: String) -> CheckResult {
        var clock = PhaseClock()
        let content = ContentLoader(root: contentRoot, jobs: jobs, fingerprints: fingerprints).load()
        clock.lap("load")
        let context = RuleContext(content: content, jobs: jobs)
        clock.lap("index")
        let communityRules = rules.communityRules
        let perCommunity = Parallel.map(content.communities, jobs: jobs) { c -> [Diagnostic] in
            var out: [Diagnostic] = []
            for rule in communityRules { rule.check(c, in: context, into: &out) }
            return out
        }
        var diagnostics = content.diagnostics
        for ds in perCommunity { diagnostics += ds }
        clock.lap("community rules")
        for rule in rules.siteRules { rule.check(context, into: &diagnostics) }
        diagnostics.sort(by: Diagnostic.reportOrder)
        clock.lap("site rules")
        return CheckResult(content: content, diagnostics: diagnostics)
    }
}

public struct CheckResult: Sendable {
    public var content: LoadedContent
    /// Sorted by file, line, column, severity, code, message (§11).
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// 2 for I/O problems (they win), 1 for content errors (or warnings
    /// with `strict`), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        if !content.ioErrors.isEmpty { return 2 }
        if errorCount > 0 || (strict && warningCount > 0) { return 1 }
        return 0
    }
}
