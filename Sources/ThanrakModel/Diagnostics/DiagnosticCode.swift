/// Every problem Thanrak reports has one of these stable, kebab-case codes
/// (format §8). The raw value is what users see and what CI scripts match.
public enum DiagnosticCode: String, Sendable, CaseIterable, Comparable {
    // Errors: the build fails.
    case missingFile = "missing-file"
    case invalidUTF8 = "invalid-utf8"
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case unsupportedYAML = "unsupported-yaml"
    case unknownKey = "unknown-key"
    case wrongType = "wrong-type"
    case missingField = "missing-field"
    case badID = "bad-id"
    case duplicateID = "duplicate-id"
    case unknownRef = "unknown-ref"
    case wrongStepRef = "wrong-step-ref"
    case missingRef = "missing-ref"
    case emptyStep = "empty-step"
    case idCollision = "id-collision"
    case unknownSDG = "unknown-sdg"
    case unknownNetwork = "unknown-network"
    case unknownPartner = "unknown-partner"
    case unknownCommunity = "unknown-community"
    case unknownValue = "unknown-value"
    case unknownFile = "unknown-file"
    case outOfRange = "out-of-range"
    case brokenLink = "broken-link"
    case templateError = "template-error"
    // Warnings only: the build goes on.
    case valueWithoutRevenue = "value-without-revenue"
    case valueWithoutChannel = "value-without-channel"
    case customerWithoutChannel = "customer-without-channel"
    case customerWithoutRelationship = "customer-without-relationship"
    case activityWithoutCost = "activity-without-cost"
    case indicatorWithoutBaseline = "indicator-without-baseline"
    case targetBeforeBaseline = "target-before-baseline"
    case cycleGap = "cycle-gap"
    case rawHTMLOmitted = "raw-html-omitted"

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }
}

public enum Severity: String, Sendable, Comparable {
    case error, warning

    /// Errors sort before warnings at the same place.
    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}
