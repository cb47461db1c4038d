import ThanrakModel

extension ContentLoader {
    /// The languages a `site.yaml` lists (`[th]` when it lists none), read
    /// the way the loader reads them, without loading the rest of the tree:
    /// `thanrak new community` writes Text in the site's languages, and a
    /// Text map with a language the site lacks would not check.
    /// nil when the file is not UTF-8 or not YAML (`check` says why).
    public static func siteLanguages(path: String) throws(FileSystem.IOError) -> [String]? {
        var noFingerprint: Fingerprint?
        switch try SourceFile.read(.path(path), display: path, fingerprint: &noFingerprint) {
        case .invalid: return nil
        case .text(let bytes, _): return SiteSchema.languages(in: Array(bytes))
        }
    }
}
