import Testing
import ThanrakModel

@Suite struct FolderPathTests {
    @Test(arguments: [
        ("content", "."),
        ("content/", "."),
        ("site/content", "site"),
        ("site/content//", "site"),
        ("/content", "/"),
        ("/srv/site/content", "/srv/site"),
        (".", ".."),
        ("./", ".."),
        ("a/.", "a/./.."),
        ("..", "../.."),
        ("../..", "../../.."),
        ("./content", "."),
        ("/", "/"),
        ("", ".."),
        ("เนื้อหา/ชุมชน", "เนื้อหา"),
    ])
    func parent(path: String, expected: String) {
        #expect(FolderPath.parent(of: path) == expected)
    }

    @Test func join() {
        #expect(FolderPath.join("/", "Templates") == "/Templates")
        #expect(FolderPath.join(".", "Templates") == "./Templates")
        #expect(FolderPath.join("site/", "Templates") == "site/Templates")
    }
}
