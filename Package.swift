// swift-tools-version: 6.1
import PackageDescription

/// The toc toolkit: a small text language for theories of change, checked and rendered.
///
/// Targets follow the pipeline, and dependencies point one way down it:
/// TocDiagnostics → TocLang → TocModel → TocFramework → TocChecks → TocRender → (CGraphviz → TocGraphviz) → TocKit →
/// TocLSP (the language server) → toc.
let package = Package(
    name: "toc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "toc", targets: ["toc"]),
        .library(name: "TocKit", targets: ["TocKit"]),
        .library(name: "TocLSP", targets: ["TocLSP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .target(name: "TocDiagnostics"),
        .target(name: "TocLang", dependencies: ["TocDiagnostics"]),
        .target(
            name: "TocModel",
            dependencies: ["TocLang", "TocDiagnostics", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "TocFramework",
            dependencies: ["TocLang", "TocModel", "TocDiagnostics", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/dfe-7x7.yml")]
        ),
        .target(name: "TocChecks", dependencies: ["TocModel", "TocDiagnostics", "TocFramework"]),
        .target(name: "TocRender", dependencies: ["TocModel", "TocDiagnostics", "TocFramework", "TocChecks"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "TocGraphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "TocKit",
            dependencies: ["TocDiagnostics", "TocLang", "TocModel", "TocFramework", "TocChecks", "TocRender", "TocGraphviz"]
        ),
        .target(name: "TocLSP", dependencies: ["TocKit", "TocDiagnostics", "TocLang", "TocModel", "TocFramework", "TocChecks"]),
        .executableTarget(
            name: "toc",
            dependencies: ["TocKit", "TocLSP", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .target(name: "TocTestSupport", dependencies: ["TocDiagnostics", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")], path: "Tests/TocTestSupport"),
        .testTarget(name: "TocDiagnosticsTests", dependencies: ["TocDiagnostics", "TocTestSupport"]),
        .testTarget(name: "TocLangTests", dependencies: ["TocLang", "TocTestSupport"]),
        .testTarget(name: "TocModelTests", dependencies: ["TocModel", "TocTestSupport"]),
        .testTarget(name: "TocFrameworkTests", dependencies: ["TocFramework", "TocKit", "TocTestSupport"]),
        .testTarget(name: "TocChecksTests", dependencies: ["TocChecks", "TocKit", "TocTestSupport"]),
        .testTarget(name: "TocRenderTests", dependencies: ["TocRender", "TocKit", "TocGraphviz", "TocTestSupport"]),
        .testTarget(name: "TocGraphvizTests", dependencies: ["TocGraphviz"]),
        .testTarget(
            name: "TocKitTests",
            dependencies: ["TocKit", "TocGraphviz", "TocTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TocLSPTests", dependencies: ["TocLSP", "TocTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TocTestSupport"]),
    ]
)
