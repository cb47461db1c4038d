/// What a rebuild may keep of the previous build without rendering: the
/// pages of communities whose key is unchanged and the aggregating pages
/// whose key is unchanged (`BuildManifest`, `AggregateKeys`); and whether
/// so much is kept that the output is updated in place (`InPlaceUpdate`)
/// rather than swapped for a new tree.
struct RebuildPlan: Sendable {
    let unchangedCommunities: Set<String>
    let unchangedPages: Set<SiteBuilder.PageKind>
    /// Update in place: at least `share` of the files are kept, and the
    /// previous marker lists its files (to know what to remove).
    let inPlace: Bool

    init(
        manifest: BuildManifest, previous: BuildManifest, pages: [(SiteBuilder.PageKind, SitePath)],
        jobs: [(SiteBuilder.Job, SitePath)], community: (SiteBuilder.PageKind) -> String?, share: Double
    ) {
        unchangedCommunities = Set(manifest.keys.filter { previous.keys[$0.key] == $0.value }.map(\.key))
        unchangedPages = Set(pages.filter { _, path in
            manifest.pageKeys[path.filePath].map { previous.pageKeys[path.filePath] == $0 } ?? false
        }.map(\.0))
        let (communities, aggregates) = (unchangedCommunities, unchangedPages)
        let kept = jobs.count { job, _ in
            guard case .page(let kind, _) = job else { return false }
            return community(kind).map(communities.contains) ?? aggregates.contains(kind)
        }
        inPlace = !previous.files.isEmpty && Double(kept) >= share * Double(jobs.count)
    }

    /// Whether the page may be kept unrendered (`community`: the community
    /// whose own page it is, if it is one).
    func keeps(_ kind: SiteBuilder.PageKind, community: String?) -> Bool {
        community.map(unchangedCommunities.contains) ?? unchangedPages.contains(kind)
    }
}
