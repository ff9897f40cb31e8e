// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphFuzzing", targets: ["NewsGraphFuzzing"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The raw C module: libxml2 through pkg-config. Nothing but XMLSupport imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The one small layer that touches libxml2 pointers.
        .target(name: "XMLSupport", dependencies: ["CLibXML2"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // Model, ingest, extraction stages and exporters.
        .target(
            name: "NewsGraph",
            dependencies: ["XMLSupport"],
            resources: [.copy("Resources")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // What the fuzz targets in Fuzz/ run on each input (and the regression test replays).
        .target(name: "NewsGraphFuzzing", dependencies: ["NewsGraph", "XMLSupport"]),
        // The command: a thin shell over the library.
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph", "XMLSupport", "NewsGraphFuzzing", "newsgraph"]
        ),
    ]
)
