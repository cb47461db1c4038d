import ThanrakLoad

/// Whether a build may leave the output exactly as it is, as `make` does
/// when nothing changed: the site key (every input, the binary, the shells
/// and the base URL) equals the last build's, the build would write the
/// same files, and every file is still as the last build left it: present,
/// of the same size, and not modified after the marker, which a build
/// writes last (so a file edited or deleted by hand is noticed, and the
/// marker needs no times). Then nothing is rendered, linked or removed: a
/// CI run on a commit that touched no plan costs the check and one `stat`
/// per file.
struct UnchangedSite {
    let previous: BuildManifest
    let siteKey: String

    func holds(paths: [String], tree: OutputTree, jobs: Int) -> Bool {
        guard !previous.siteKey.isEmpty, previous.siteKey == siteKey, previous.files.count == paths.count else { return false }
        for (i, path) in paths.enumerated() where previous.files[i].path != path { return false }
        guard let marker = tree.currentStamp(OutputTree.marker) else { return false }
        let files = previous.files
        let intact = Parallel.map(Array(files.indices), jobs: jobs) { i in
            guard let stamp = tree.currentStamp(files[i].path) else { return false }
            return stamp.size == files[i].size && stamp.modified <= marker.modified
        }
        return !intact.contains(false)
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
