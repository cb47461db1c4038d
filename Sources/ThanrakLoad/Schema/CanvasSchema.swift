import ThanrakModel

/// `canvas.yaml` (§4, §11): nine step keys, each a list of items.
enum CanvasSchema {
    static let itemKeys = ["id", "text", "refs", "amount", "per", "partner"]

    static func decode(_ root: YAMLNode, with d: YAMLDecoder) throws(YAMLSyntaxError) -> Canvas {
        var canvas = Canvas()
        try d.mapping(root, "canvas.yaml") { key, value throws(YAMLSyntaxError) in
            guard let step = Step(key: key.text) else {
                return try d.unknownKey(key, value, in: "canvas.yaml", known: Step.keys, note: "the nine steps are \(Step.keys.joined(separator: ", "))")
            }
            canvas.setKey(key.span, of: step)
            try d.sequence(value, "step \(step.rawValue) '\(step.key)'") { node throws(YAMLSyntaxError) in
                if let item = try item(node, step: step, with: d) { canvas.append(item) } else { canvas.noteUnreadableItem(in: step) }
            }
        }
        return canvas
    }

    static func item(_ node: YAMLNode, step: Step, with d: YAMLDecoder) throws(YAMLSyntaxError) -> CanvasItem? {
        guard case .mapping = node else {
            try d.wrongType(node, expected: "an item of '\(step.key)' (a mapping with id and text)")
            return nil
        }
        // Built only for a message: most items have none.
        func what() -> String { "an item of '\(step.key)'" }
        var id: Located<String>?
        var text: LocalizedText?
        var refs: [Located<String>] = []
        var refsSpan: SourceSpan?
        var amount: Located<Number>?
        var period: Located<Period>?
        var partner: Located<String>?
        // One switch: the keys only some steps allow are matched with their
        // step's permission, so every key is compared once.
        let span = try d.mapping(node, what()) { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "id": id = try d.id(value, "an item id")
            case "text": text = try d.text(value, "text", required: true)
            case "refs" where step.allowsRefs:
                let list = try d.idList(value, "refs")
                refs = list.ids
                refsSpan = list.span
            case "amount" where step.allowsMoney: amount = try d.number(value, "amount", atLeast: 0)
            case "per" where step.allowsMoney: period = try d.vocabulary(value, "per", Period.self)
            case "partner" where step.allowsPartner: partner = try d.id(value, "partner")
            case "refs", "amount", "per", "partner":
                let names = (allowedSteps(forKey: key.text) ?? []).map { "'\($0.key)'" }.joined(separator: ", ")
                try d.unknownKey(key, value, in: what(), known: [], note: "'\(key.text)' is allowed only on items of \(names)")
            default: try d.unknownKey(key, value, in: what(), known: itemKeys)
            }
        } ?? node.span
        if id == nil { d.missingField("id", in: what(), at: span) }
        if text == nil { d.missingField("text", in: what(), at: span) }
        if let period, amount == nil {
            d.missingField("amount", in: what(), at: span, note: " ('per: \(period.value.rawValue)' needs an amount)")
        }
        guard let id else { return nil }
        let money = amount.map { Located(Money(amount: $0.value, period: period?.value ?? .year), at: $0.span) }
        return CanvasItem(
            step: step, id: id, text: text ?? LocalizedText(id.value, language: d.defaultLanguage),
            refs: refs, refsSpan: refsSpan, money: money, partner: partner, span: span)
    }

    /// The steps that allow a step-restricted key; nil for keys every step has.
    static func allowedSteps(forKey key: String) -> [Step]? {
        switch key {
        case "refs": stepsWithRefs
        case "amount", "per": stepsWithMoney
        case "partner": stepsWithPartner
        default: nil
        }
    }

    static let stepsWithRefs = Step.allCases.filter(\.allowsRefs)
    static let stepsWithMoney = Step.allCases.filter(\.allowsMoney)
    static let stepsWithPartner = Step.allCases.filter(\.allowsPartner)
}
