/// `canvas.yaml`: the nine steps, each a list of items.
public struct Canvas: Sendable {
    /// Items per step, indexed by `Step.rawValue - 1`.
    public private(set) var itemsByStep: [[CanvasItem]]
    /// The step's key in the file, when it was written.
    public private(set) var keyByStep: [SourceSpan?]
    /// Items written in the step that could not be read (already reported):
    /// the step is not empty, only broken, so `empty-step` does not pile on.
    public private(set) var unreadableByStep: [Int]

    public init() {
        itemsByStep = Array(repeating: [], count: Step.allCases.count)
        keyByStep = Array(repeating: nil, count: Step.allCases.count)
        unreadableByStep = Array(repeating: 0, count: Step.allCases.count)
    }

    public mutating func noteUnreadableItem(in step: Step) { unreadableByStep[step.rawValue - 1] += 1 }

    /// Nothing written in the step at all: no item, not even a broken one.
    public func isEmpty(_ step: Step) -> Bool { self[step].isEmpty && unreadableByStep[step.rawValue - 1] == 0 }

    public subscript(step: Step) -> [CanvasItem] {
        get { itemsByStep[step.rawValue - 1] }
        set { itemsByStep[step.rawValue - 1] = newValue }
    }

    /// Adds an item to its step in place (through the subscript, Swift
    /// copies the whole step's array on every append: quadratic).
    public mutating func append(_ item: CanvasItem) { itemsByStep[item.step.rawValue - 1].append(item) }

    public func key(of step: Step) -> SourceSpan? { keyByStep[step.rawValue - 1] }
    public mutating func setKey(_ span: SourceSpan, of step: Step) { keyByStep[step.rawValue - 1] = span }

    /// Every item in step order, then written order.
    public var allItems: [CanvasItem] { itemsByStep.flatMap { $0 } }
}

/// One entry of a canvas step. Its fields are read and written by name
/// (`item.text`, `item.refs`), through `SharedFields`.
@dynamicMemberLookup
public struct CanvasItem: Sendable {
    public struct Fields: Sendable {
        public var step: Step
        public var id: Located<String>
        public var text: LocalizedText
        public var refs: [Located<String>]
        /// The `refs` list itself, when written (where `missing-ref` points).
        public var refsSpan: SourceSpan?
        public var money: Located<Money>?
        public var partner: Located<String>?
        /// The start of the item's mapping.
        public var span: SourceSpan
    }

    /// One reference: copying an item is one retain (SharedFields).
    @usableFromInline var box: SharedFields<Fields>

    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set { SharedFields.write(&box) { $0[keyPath: field] = newValue } }
    }

    public init(
        step: Step, id: Located<String>, text: LocalizedText, refs: [Located<String>] = [],
        refsSpan: SourceSpan? = nil, money: Located<Money>? = nil, partner: Located<String>? = nil,
        span: SourceSpan
    ) {
        box = SharedFields(Fields(
            step: step, id: id, text: text, refs: refs, refsSpan: refsSpan, money: money, partner: partner, span: span))
    }
}
