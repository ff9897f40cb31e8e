// swift-tools-version:6.0
// libFuzzer targets for NewsGraph. Build and run with ./run.sh (it passes -sanitize=fuzzer).
import PackageDescription

let package = Package(
    name: "NewsGraphFuzz",
    // NewsGraphRoot is a link to the repository, so the dependency has the same name whatever the clone is called.
    dependencies: [.package(path: "NewsGraphRoot")],
    targets: [
        // The entry points SwiftPM's link line expects (see FuzzMain.c).
        .target(name: "FuzzMain"),
        .executableTarget(name: "FuzzIngest", dependencies: ["FuzzMain", .product(name: "NewsGraphFuzzing", package: "NewsGraphRoot")]),
        .executableTarget(name: "FuzzExport", dependencies: ["FuzzMain", .product(name: "NewsGraphFuzzing", package: "NewsGraphRoot")]),
    ]
)
