import Testing
import ThanrakModel

/// CanvasItem and Indicator keep their fields behind one shared reference
/// (SharedFields) so that copying them is cheap; they must still behave as
/// values: changing a copy never changes the original.
@Suite struct SharedFieldsTests {
    let span = SourceSpan(line: 3, column: 5)

    func item() -> CanvasItem {
        CanvasItem(
            step: .value, id: Located("silk", at: span), text: LocalizedText("ผ้าไหม", language: "th"),
            refs: [Located("weavers", at: span)], span: span)
    }

    @Test func aChangedCanvasItemCopyLeavesTheOriginal() {
        let original = item()
        var copy = original
        copy.text = LocalizedText("silk cloth", language: "en")
        copy.refs.append(Located("shops", at: span))
        copy.money = Located(Money(amount: Number(value: 1200, text: "1200"), period: .month), at: span)
        #expect(original.text.text(in: "th") == "ผ้าไหม")
        #expect(original.text.text(in: "en") == nil)
        #expect(original.refs.map(\.value) == ["weavers"])
        #expect(original.money == nil)
        #expect(copy.text.text(in: "en") == "silk cloth")
        #expect(copy.refs.map(\.value) == ["weavers", "shops"])
        #expect(copy.money?.value.amount == Number(value: 1200, text: "1200"))
    }

    @Test func itemsInAnArrayStayApartWhenOneChanges() {
        var items = Array(repeating: item(), count: 3)
        items[1].id = Located("mat", at: span)
        #expect(items.map(\.id.value) == ["silk", "mat", "silk"])
    }

    @Test func aChangedIndicatorCopyLeavesTheOriginal() {
        let original = Indicator(
            id: Located("members", at: span), name: LocalizedText("จำนวนสมาชิก", language: "th"),
            level: .output, direction: .increase, span: span)
        var copy = original
        copy.measurements.append(Observation(year: Located(Year(written: 2567), at: span), value: Located(Number(value: 44, text: "44"), at: span), span: span))
        copy.name = LocalizedText("members", language: "en")
        #expect(original.measurements.isEmpty)
        #expect(original.name.text(in: "th") == "จำนวนสมาชิก")
        #expect(copy.measurements.count == 1)
        #expect(copy.name.text(in: "th") == nil)
    }
}
