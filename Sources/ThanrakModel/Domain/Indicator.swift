/// One result of the plan that the group follows over the years. Its
/// fields are read and written by name (`indicator.name`), through
/// `SharedFields`.
@dynamicMemberLookup
public struct Indicator: Sendable {
    public struct Fields: Sendable {
        public var id: Located<String>
        public var name: LocalizedText
        public var level: IndicatorLevel
        public var unit: LocalizedText?
        public var sdg: [Located<String>]
        public var direction: Direction
        public var baseline: Observation?
        public var target: Observation?
        public var measurements: [Observation]
        public var source: LocalizedText?
        public var refs: [Located<String>]
        public var span: SourceSpan
    }

    /// One reference: copying an indicator is one retain (SharedFields).
    @usableFromInline var box: SharedFields<Fields>

    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set { SharedFields.write(&box) { $0[keyPath: field] = newValue } }
    }

    public init(
        id: Located<String>, name: LocalizedText, level: IndicatorLevel, unit: LocalizedText? = nil,
        sdg: [Located<String>] = [], direction: Direction, baseline: Observation? = nil,
        target: Observation? = nil, measurements: [Observation] = [], source: LocalizedText? = nil,
        refs: [Located<String>] = [], span: SourceSpan
    ) {
        box = SharedFields(Fields(
            id: id, name: name, level: level, unit: unit, sdg: sdg, direction: direction, baseline: baseline,
            target: target, measurements: measurements, source: source, refs: refs, span: span))
    }
}

/// A value in a year: a baseline, a target or a measurement.
public struct Observation: Sendable {
    public var year: Located<Year>
    public var value: Located<Number>
    public var span: SourceSpan

    public init(year: Located<Year>, value: Located<Number>, span: SourceSpan) {
        self.year = year
        self.value = value
        self.span = span
    }
}
