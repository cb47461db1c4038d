/// The format's ids: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
/// Folder and file names give ids, so this also keeps every generated path
/// inside the output folder.
public enum Identifier {
    public static let maxLength = 64

    public static func isValid(_ id: String) -> Bool {
        // Over the contiguous UTF-8: String.UTF8View's iterator re-examines
        // the string's representation on every byte, and every id of every
        // file passes through here.
        var id = id
        return id.withUTF8(isValid(utf8:))
    }

    static func isValid(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        var previousWasDash = true  // a leading dash is invalid
        for b in bytes {
            if b == UInt8(ascii: "-") {
                if previousWasDash { return false }
                previousWasDash = true
            } else if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                previousWasDash = false
            } else {
                return false
            }
        }
        return !previousWasDash
    }

    /// Why an id is invalid, for the message of `bad-id`.
    public static func problem(with id: String) -> String {
        if id.isEmpty { return "an id may not be empty" }
        if id.count > maxLength { return "an id has at most \(maxLength) characters, this one has \(id.count)" }
        if id.contains(where: { $0.isUppercase }) {
            return "ids are lower case (web hosts that ignore case would merge '\(id)' and '\(id.lowercased())')"
        }
        return "an id uses only a–z, 0–9 and single dashes between them, like 'ban-nong-bua'"
    }
}
