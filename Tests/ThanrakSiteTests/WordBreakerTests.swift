import Testing
@testable import ThanrakSite

/// ICU's dictionary finds Thai word boundaries; the search index and the
/// search page's query splitting both rest on it.
@Suite struct WordBreakerTests {
    static func words(_ text: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        WordBreaker().forEachWord(in: text) { out.append((String(decoding: $0, as: UTF8.self), $1)) }
        return out
    }

    @Test func thaiWithoutSpacesIsSplitIntoWords() {
        #expect(Self.words("ผ้าไหมมัดหมี่").map(\.0) == ["ผ้า", "ไหม", "มัด", "หมี่"])
        #expect(Self.words("กลุ่มทอผ้าบ้านเชียง").map(\.0) == ["กลุ่ม", "ทอ", "ผ้า", "บ้าน", "เชียง"])
    }

    @Test func spacesAndPunctuationAreNotWords() {
        #expect(Self.words("ผ้า, ไหม! (ย้อมคราม) — silk-weaving.").map(\.0) == ["ผ้า", "ไหม", "ย้อม", "คราม", "silk", "weaving"])
        #expect(Self.words("  \n ").isEmpty)
        #expect(Self.words("").isEmpty)
    }

    @Test func numbersAreMarkedAsNumbers() {
        let found = Self.words("ปี 2,567 มี ๑๒ คน")
        #expect(found.filter(\.1).map(\.0) == ["2,567", "๑๒"])
        #expect(found.filter { !$0.1 }.map(\.0) == ["ปี", "มี", "คน"])
    }

    @Test func longTextKeepsEveryWordAndItsPlace() {
        // More words than the first span buffer holds (1,024), so it grows.
        let text = Array(repeating: "ผ้าไหม silk 12", count: 600).joined(separator: " ")
        let found = Self.words(text)
        #expect(found.count == 2_400)
        #expect(found.suffix(4).map(\.0) == ["ผ้า", "ไหม", "silk", "12"])
    }

    @Test func aBreakerIsReusedAcrossTexts() {
        let breaker = WordBreaker()
        var first: [String] = [], second: [String] = []
        breaker.forEachWord(in: "ผ้าไหมมัดหมี่ยาวมาก") { w, _ in first.append(String(decoding: w, as: UTF8.self)) }
        breaker.forEachWord(in: "คราม") { w, _ in second.append(String(decoding: w, as: UTF8.self)) }
        #expect(first.first == "ผ้า")
        #expect(second == ["คราม"])
    }
}

/// Words are written one way in the index and in queries (search.js
/// follows the same rules).
@Suite struct SearchWordsTests {
    static func normal(_ word: String, number: Bool = false) -> String {
        var scratch: [UInt8] = []
        var bytes = Array(word.utf8)
        let length = bytes.withUnsafeMutableBufferPointer { SearchWords.normalize(UnsafeBufferPointer($0), isNumber: number, into: &scratch) }
        return String(decoding: scratch[0..<length], as: UTF8.self)
    }

    @Test func latinLettersAreLowerCase() {
        #expect(Self.normal("Weaving") == "weaving")
        #expect(Self.normal("ÉCOLE") == "école")
    }

    @Test func thaiIsUnchanged() {
        #expect(Self.normal("หมี่") == "หมี่")
    }

    @Test func plainThaiIsCopiedWholeAndOnlyPlainThai() {
        func plain(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { SearchWords.isPlainThai($0) } }
        #expect(plain("ผ้าไหมมัดหมี่"))
        #expect(plain("ๆ"))  // U+0E46, not a digit
        #expect(!plain("๒๕๖๗"))  // Thai digits are rewritten
        #expect(!plain("ผ้า๒"))
        #expect(!plain(""))
        #expect(!plain("ผ้าa"))
        #expect(!plain("ผ้าไหม Silk"))
        #expect(!plain("ລາວ"))  // Lao, U+0E80…: E0 BA xx
        // The fast path gives what the byte-by-byte rewrite gives.
        for word in ["ผ้าไหมมัดหมี่", "ฐานราก", "เครือข่าย", "ๆ", "ฯ", "๏"] {
            #expect(Self.normal(word) == word)
        }
    }

    @Test func thaiDigitsAreArabicAndSeparatorsGo() {
        #expect(Self.normal("๒๕๖๗", number: true) == "2567")
        #expect(Self.normal("2,567", number: true) == "2567")
        #expect(Self.normal("47.9", number: true) == "47.9")
        // A comma inside a word that is not a number stays.
        #expect(Self.normal("a,b") == "a,b")
    }

    @Test func shortInputReusesTheBufferAndLongInputGrowsIt() {
        var scratch: [UInt8] = []
        let long = Array(String(repeating: "ก", count: 100).utf8)
        let n = long.withUnsafeBufferPointer { SearchWords.normalize($0, isNumber: false, into: &scratch) }
        #expect(n == 300)
        let short = Array("AB".utf8)
        let m = short.withUnsafeBufferPointer { SearchWords.normalize($0, isNumber: false, into: &scratch) }
        #expect(String(decoding: scratch[0..<m], as: UTF8.self) == "ab")
    }

    @Test func stopWordsAreKnownInBothLanguages() {
        #expect(SearchWords.isStop(ArraySlice("ที่".utf8)))
        #expect(SearchWords.isStop(ArraySlice("the".utf8)))
        #expect(!SearchWords.isStop(ArraySlice("ผ้า".utf8)))
    }
}

@Suite struct WordTableTests {
    @Test func aWordHasOneNumberAndItsBytesComeBack() {
        var table = WordTable(capacity: 4)
        var numbers: [Int] = []
        // Far past the first capacity, so the table grows several times.
        for i in 0..<5_000 {
            let word = Array("คำ\(i)".utf8)
            let (n, isNew) = word.withUnsafeBufferPointer { table.intern($0) }
            #expect(isNew)
            numbers.append(n)
        }
        #expect(numbers == Array(0..<5_000))
        for i in stride(from: 0, to: 5_000, by: 97) {
            let word = Array("คำ\(i)".utf8)
            let (n, isNew) = word.withUnsafeBufferPointer { table.intern($0) }
            #expect(!isNew)
            #expect(n == i)
            #expect(Array(table.word(n)) == word)
        }
        #expect(table.count == 5_000)
    }

    @Test func wordsThatArePrefixesOfOthersAreDistinct() {
        var table = WordTable()
        let a = Array("ผ้า".utf8).withUnsafeBufferPointer { table.intern($0) }
        let b = Array("ผ้าไหม".utf8).withUnsafeBufferPointer { table.intern($0) }
        let empty = [UInt8]().withUnsafeBufferPointer { table.intern($0) }
        #expect(a.number != b.number)
        #expect(empty.isNew)
        #expect(table.word(empty.number).isEmpty)
    }
}
