// swift-tools-version: 6.1
import PackageDescription

/// The libFuzzer target for toc, kept in its own package so that `swift build` and `swift test` at the top never
/// build it (it only links with `-sanitize=fuzzer`). Run it with `scripts/fuzz.sh [seconds]`.
let package = Package(
    name: "TocFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "toc", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, which `main.swift` hands each input to.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "TocFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "TocKit", package: "toc"), .product(name: "TocLSP", package: "toc")]
        ),
    ]
)
