/// A fixed list of values from the format (§6–§7): written in content as
/// their English key, shown on pages with a Thai (and English) label.
public protocol Vocabulary: CaseIterable, RawRepresentable, Sendable, Hashable
where RawValue == String {
    /// The label shown on Thai pages; part of the content contract.
    var thaiLabel: String { get }
    /// The label shown on English pages, in the project's own words.
    var englishLabel: String { get }
}

extension Vocabulary {
    public static var keys: [String] { allCases.map(\.rawValue) }

    public func label(language: String) -> String {
        language == "th" ? thaiLabel : englishLabel
    }
}
