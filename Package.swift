// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Thanrak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "thanrak", targets: ["thanrak"]),
        .library(name: "ThanrakCheck", targets: ["ThanrakCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries: Debian's libyaml-dev, libcmark-dev and libicu-dev.
        .systemLibrary(
            name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),
        // ICU's dictionary word breaker (Debian's libicu-dev) segments Thai for search.
        .target(name: "CWordBreak", path: "Sources/CWordBreak", linkerSettings: [.linkedLibrary("icuuc")]),

        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not expose.
        .target(name: "CSystem", path: "Sources/CSystem"),

        // load → check → model → render → write; each imports only earlier stages.
        .target(name: "ThanrakModel"),
        .target(name: "ThanrakLoad", dependencies: ["ThanrakModel", "CYAML", "CCmark"]),
        .target(name: "ThanrakCheck", dependencies: ["ThanrakModel", "ThanrakLoad"]),
        .target(
            name: "ThanrakSite",
            dependencies: [
                "ThanrakModel", "ThanrakLoad", "ThanrakCheck", "CCmark", "CWordBreak", "CSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .executableTarget(
            name: "thanrak",
            dependencies: [
                "ThanrakModel", "ThanrakLoad", "ThanrakCheck", "ThanrakSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            // mimalloc (Debian's libmimalloc-dev) takes the place of glibc's
            // malloc for the whole process, the Swift runtime included: a build
            // of 10,000 communities spends about a fifth less CPU and wall time
            // with it (docs/performance.md, "Fifteenth session").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),

        // Writes small content trees for tests; used by tests only.
        .target(name: "ThanrakTestSupport", dependencies: ["ThanrakCheck", "ThanrakSite"], path: "Tests/ThanrakTestSupport"),
        .testTarget(name: "ThanrakLoadTests", dependencies: ["ThanrakLoad", "ThanrakTestSupport"]),
        .testTarget(name: "ThanrakCheckTests", dependencies: ["ThanrakCheck", "ThanrakTestSupport"]),
        .testTarget(name: "ThanrakSiteTests", dependencies: ["ThanrakSite", "ThanrakTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "ThanrakCLITests", dependencies: ["thanrak", "ThanrakCheck", "ThanrakTestSupport"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
