/// Where a value was written: 1-based line and column, columns counted in
/// Unicode code points (as editors count Thai text), and how many code points
/// the value covers on that line (for the caret under it).
public struct SourceSpan: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int = 1) {
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    /// The first character of a file: where file-level diagnostics point.
    public static let fileStart = SourceSpan(line: 1, column: 1)

    public static func < (a: SourceSpan, b: SourceSpan) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A value together with the place it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
