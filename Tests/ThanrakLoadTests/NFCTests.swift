import Testing
import ThanrakLoad

@Suite struct NFCTests {
    @Test func thaiMarksOutOfCanonicalOrderAreReordered() {
        // Tone mark (class 107) before sara uu (class 103) is not NFC.
        let written = "ป\u{0E48}\u{0E39}"
        #expect(NFC.normalize(written).unicodeScalars.map(\.value) == [0x0E1B, 0x0E39, 0x0E48])
    }

    @Test func textAlreadyInNFCIsKeptAsIs() {
        for s in ["ผ้าไหมมัดหมี่", "กลุ่มทอผ้า 2567", "café ok", "หนองปู่"] {
            #expect(NFC.normalize(s) == s)
            #expect(NFC.normalize(s).unicodeScalars.elementsEqual(s.unicodeScalars))
        }
    }

    @Test func decomposedLatinIsComposed() {
        #expect(NFC.normalize("cafe\u{0301}").unicodeScalars.count == 4)
    }
}
