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

/// One entry of a canvas step.
public struct CanvasItem: Sendable {
    @usableFromInline struct Fields: Sendable {
        var step: Step
        var id: Located<String>
        var text: LocalizedText
        var refs: [Located<String>]
        var refsSpan: SourceSpan?
        var money: Located<Money>?
        var partner: Located<String>?
        var span: SourceSpan
    }

    /// One reference: copying an item is one retain (SharedFields).
    @usableFromInline var box: SharedFields<Fields>

    public var step: Step {
        get { box.fields.step }
        set { SharedFields.write(&box) { $0.step = newValue } }
    }
    public var id: Located<String> {
        get { box.fields.id }
        set { SharedFields.write(&box) { $0.id = newValue } }
    }
    public var text: LocalizedText {
        get { box.fields.text }
        set { SharedFields.write(&box) { $0.text = newValue } }
    }
    public var refs: [Located<String>] {
        get { box.fields.refs }
        set { SharedFields.write(&box) { $0.refs = newValue } }
    }
    /// The `refs` list itself, when written (where `missing-ref` points).
    public var refsSpan: SourceSpan? {
        get { box.fields.refsSpan }
        set { SharedFields.write(&box) { $0.refsSpan = newValue } }
    }
    public var money: Located<Money>? {
        get { box.fields.money }
        set { SharedFields.write(&box) { $0.money = newValue } }
    }
    public var partner: Located<String>? {
        get { box.fields.partner }
        set { SharedFields.write(&box) { $0.partner = newValue } }
    }
    /// The start of the item's mapping.
    public var span: SourceSpan {
        get { box.fields.span }
        set { SharedFields.write(&box) { $0.span = newValue } }
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
