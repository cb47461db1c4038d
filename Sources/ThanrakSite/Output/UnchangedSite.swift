import ThanrakLoad

/// Whether a build may leave the output exactly as it is, as `make` does
/// when nothing changed: the site key (every input, the binary, the shells
/// and the base URL) equals the last build's, so the build would write the
/// same files with the same bytes, and every file is still as the last
/// build left it: present, of the same size, and not modified after the
/// marker, which a build writes last (so a file edited or deleted by hand
/// is noticed, and the marker needs no times). Then nothing is rendered,
/// linked or removed, and no site model is built: a CI run on a commit
/// that touched no plan costs the check and one `stat` per file.
struct UnchangedSite {
    let previous: BuildManifest
    let siteKey: String

    func holds(tree: OutputTree, jobs: Int) -> Bool {
        guard !previous.siteKey.isEmpty, previous.siteKey == siteKey, !previous.files.isEmpty else { return false }
        guard let marker = tree.currentStamp(OutputTree.marker) else { return false }
        let files = previous.files
        let intact = Parallel.map(Array(files.indices), jobs: jobs) { i in
            guard let stamp = tree.currentStamp(files[i].path) else { return false }
            return stamp.size == files[i].size && stamp.modified <= marker.modified
        }
        return !intact.contains(false)
    }
}

extension SiteBuilder {
    /// Builds `content` into `tree`, first asking whether the output can
    /// stay as it is, so an unchanged build never makes the site model.
    public static func build(
        _ content: LoadedContent, shells: ShellLibrary, jobs: Int, into tree: OutputTree,
        sitemapLimits: SitemapLimits = .standard, inPlaceShare: Double = 0.5
    ) throws(OutputTree.Problem) -> Report {
        if let same = unchanged(content: content, shells: shells, tree: tree, sitemapLimits: sitemapLimits, jobs: jobs) { return same }
        var builder = SiteBuilder(content: content, shells: shells, jobs: jobs)
        builder.sitemapLimits = sitemapLimits
        builder.inPlaceShare = inPlaceShare
        return try builder.build(into: tree)
    }

    /// The report of a build that leaves the output as it is (see
    /// `UnchangedSite`), or nil when it has to build. Needs only the loaded
    /// content, so callers ask before making the site model.
    public static func unchanged(
        content: LoadedContent, shells: ShellLibrary, tree: OutputTree, sitemapLimits: SitemapLimits = .standard, jobs: Int
    ) -> Report? {
        let previous = tree.previousBuild
        let key = BuildManifest.siteKey(content: content, shells: shells, limits: sitemapLimits)
        guard UnchangedSite(previous: previous, siteKey: key).holds(tree: tree, jobs: jobs) else { return nil }
        var report = Report()
        report.files = previous.files.count
        report.pages = previous.pages
        report.reused = previous.files.count
        report.untouched = true
        return report
    }
}

extension OutputTree {
    /// Ends a build: swaps the new tree in, moves the new files into the
    /// output (`InPlaceUpdate`), or, when the build left the output
    /// untouched, discards the (empty) staging folder.
    public func finish(_ report: SiteBuilder.Report) throws(Problem) {
        if report.untouched {
            abandon()
        } else if report.inPlace {
            try commitInPlace(marker: report.marker, removed: report.removed)
        } else {
            try commit(marker: report.marker)
        }
    }
}
