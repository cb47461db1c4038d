import Foundation
import ThanrakCheck
import ThanrakModel

/// A content tree for tests: a minimal valid site (one complete community,
/// a partner, a network) that each test changes file by file.
public struct TestTree: Sendable {
    public var files: [String: String]
    /// Files given as raw bytes (invalid UTF-8, a lone BOM); they win over `files`.
    public var rawFiles: [String: [UInt8]] = [:]

    public init(files: [String: String]) { self.files = files }

    public static let community = "communities/ban-a"

    public static func minimal() -> TestTree {
        TestTree(files: [
            "site.yaml": """
                title: {th: เว็บทดสอบ, en: Test site}
                base_url: https://example.org/test/
                languages: [th, en]
                """,
            "\(community)/community.yaml": """
                name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}
                kind: community-enterprise
                location:
                  tambon: หนองบัว
                  amphoe: กุมภวาปี
                  changwat: อุดรธานี
                stage: 2
                networks: [udon-silk]
                cycle: [produce, consume, process, trade, capital, profit]
                """,
            "\(community)/canvas.yaml": TestTree.canvas,
            "\(community)/index.md": "เรื่องของกลุ่ม ดู [เครือข่าย](@network/udon-silk)\n",
            "partners/cdd-udon.yaml": """
                name: {th: พัฒนาชุมชนจังหวัด, en: Community Development Office}
                sector: government
                level: changwat
                """,
            "networks/udon-silk.yaml": """
                name: {th: เครือข่ายผ้าไหม, en: Silk Network}
                kind: thematic
                theme: craft
                level: changwat
                coordinator: cdd-udon
                """,
        ])
    }

    /// A complete canvas: every step filled, every reference rule met.
    public static let canvas = """
        value:
          - id: silk
            text: ผ้าไหมมัดหมี่
        customers:
          - id: tourists
            text: นักท่องเที่ยว
            refs: [silk]
        channels:
          - id: fb-live
            text: ไลฟ์ขายทางเพจ
            refs: [tourists, silk]
        relationships:
          - id: member-card
            text: บัตรสมาชิก
            refs: [tourists]
        revenue:
          - id: scarf-sales
            text: ขายผ้าพันคอ
            refs: [silk]
            amount: 240000
        activities:
          - id: dye-workshop
            text: อบรมย้อมสี
            refs: [silk, fb-live]
        resources:
          - id: idle-looms
            text: กี่ว่าง 6 หลัง
            refs: [dye-workshop]
        partners:
          - id: cdd
            text: พัฒนาชุมชนช่วยหาตลาด
            partner: cdd-udon
            refs: [dye-workshop]
        costs:
          - id: dye-cost
            text: ค่าสีย้อม
            amount: 18000
            refs: [dye-workshop, idle-looms]
        """

    public func with(_ path: String, _ content: String) -> TestTree {
        var copy = self
        copy.files[path] = content
        return copy
    }

    public func without(_ path: String) -> TestTree {
        var copy = self
        copy.files[path] = nil
        return copy
    }

    /// Writes the tree into a new temporary folder and returns its path.
    public func write() throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("thanrak-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var made = Set<String>()
        var all = files.mapValues { Array($0.utf8) }
        all.merge(rawFiles) { _, raw in raw }
        for (path, content) in all.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: root + "/" + path)
            let folder = url.deletingLastPathComponent().path
            if made.insert(folder).inserted {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try TestTree.writeFile(url.path, content)
        }
        return root
    }

    /// POSIX write: Foundation's writers fsync every file, too slow for big trees.
    public static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            offset += n
        }
    }

    /// Checks the tree; paths in the result are relative to the tree.
    public func check(jobs: Int = 1) throws -> CheckReport {
        let root = try write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = Checker(jobs: jobs).check(contentRoot: root)
        let prefix = root + "/"
        let relative = result.diagnostics.map { d -> Diagnostic in
            var d = d
            if d.file.hasPrefix(prefix) { d.file.removeFirst(prefix.count) }
            return d
        }
        return CheckReport(diagnostics: relative, exitStatus: result.exitStatus(strict: false), result: result)
    }
}

/// What a check of a test tree found.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var exitStatus: Int32
    public var result: CheckResult

    public func with(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    /// The one diagnostic of `code`, if exactly one was reported.
    public func only(_ code: DiagnosticCode) -> Diagnostic? {
        let found = with(code)
        return found.count == 1 ? found[0] : nil
    }

    /// `file:line:col code` lines, for readable failure messages.
    public var summary: String {
        diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.code.rawValue): \($0.message)" }.joined(separator: "\n")
    }
}
