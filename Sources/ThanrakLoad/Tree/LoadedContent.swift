import ThanrakModel

/// Everything read from a content tree, before the semantic rules run.
/// An entity exists when its file exists; its model is nil when the file
/// could not be read as YAML (its own errors say why), so checks that need
/// it are skipped instead of cascading.
public struct LoadedContent: Sendable {
    /// The content folder as the user gave it; diagnostics' paths start with it.
    public var root: String
    public var site: Site
    public var siteFile: String
    public var communities: [LoadedCommunity]
    public var networks: [LoadedEntity<Network>]
    public var partners: [LoadedEntity<Partner>]
    public var knowledgeSets: [KnowledgeSet]
    /// Diagnostics found while loading (schema, files, syntax).
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all: exit status 2.
    public var ioErrors: [FileSystem.IOError]
    /// Everything but the communities (site.yaml, networks, partners,
    /// knowledge sets): pages of an unchanged community are reused on a
    /// rebuild only when this is unchanged too.
    public var sharedFingerprint = Fingerprint()
}

/// A network or partner file.
public struct LoadedEntity<Model: Sendable>: Sendable {
    public var id: String
    public var file: String
    public var model: Model?
}

/// One community folder.
public struct LoadedCommunity: Sendable {
    public enum FileKind: String, Sendable, CaseIterable {
        case community = "community.yaml"
        case canvas = "canvas.yaml"
        case indicators = "indicators.yaml"
    }

    public var id: String
    /// `content/communities/<id>`.
    public var folder: String
    public var community: Community?
    public var canvas: Canvas?
    /// nil when the file is absent or broken; absent means no indicators.
    public var indicators: [Indicator]?
    /// The story (`index`), other pages and translations, sorted by id, language.
    public var pages: [Page]
    /// File names of assets (images, PDFs) copied beside the page.
    public var assets: [String]
    /// Every file of the folder, as read (a rebuild cache key).
    public var fingerprint = Fingerprint()

    public func file(_ kind: FileKind) -> String { folder + "/" + kind.rawValue }
}

/// `knowledge/<set-id>/`: a front page and its pages in reading order.
public struct KnowledgeSet: Sendable {
    public var id: String
    public var folder: String
    /// Default-language pages and translations.
    public var pages: [Page]
    public var assets: [String]
}
