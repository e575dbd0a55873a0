// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Targets follow docs/ARCHITECTURE.md: data flows one way, C is quarantined in one module each.
let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenSite", targets: ["SitegenSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(name: "SitegenCore"),
        .target(name: "SitegenMarkdown", dependencies: [
            "CCmarkGFM", "SitegenCore", "SitegenHighlight", "SitegenMath", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "SitegenHighlight", dependencies: ["SitegenCore"]),
        .target(name: "SitegenMath", dependencies: ["SitegenCore"]),
        .target(name: "SitegenXML", dependencies: ["CLibXML2", "SitegenCore"]),
        .target(name: "SitegenBibliography", dependencies: [
            "SitegenXML", "SitegenCore", .product(name: "Yams", package: "Yams"),
        ], exclude: ["Data"], plugins: ["EmbedFiles"]),
        .target(name: "SitegenFeeds", dependencies: [
            "SitegenXML", "SitegenCore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
        ]),
        .target(name: "SitegenAnalysis", dependencies: ["SitegenCore"], plugins: ["WordNetTable"]),
        .target(name: "SitegenRender", dependencies: [
            "SitegenCore", .product(name: "Mustache", package: "swift-mustache"),
        ], plugins: ["EmbedFiles"]),
        // Data files (the default theme, the embedded CSL styles and locale) become Swift source at build time.
        .executableTarget(name: "EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),
        // The WordNet concept table (synonyms for paraphrase detection) is derived from wordnet-base at build time.
        .executableTarget(name: "WordNetTableTool"),
        .plugin(name: "WordNetTable", capability: .buildTool(), dependencies: ["WordNetTableTool"]),
        .target(name: "SitegenLint", dependencies: ["SitegenAnalysis", "SitegenCore"]),
        .target(name: "SitegenSite", dependencies: [
            "SitegenCore", "SitegenMarkdown", "SitegenXML", "SitegenBibliography", "SitegenFeeds",
            "SitegenAnalysis", "SitegenRender", "SitegenLint", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "SitegenServe", dependencies: [
            "SitegenSite", "SitegenCore", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "SitegenCLI", dependencies: [
            "SitegenSite", "SitegenServe", "SitegenLint", "SitegenCore", "SitegenFeeds", "SitegenMarkdown", "SitegenAnalysis",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore"]),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown"]),
        .testTarget(name: "SitegenHighlightTests", dependencies: ["SitegenHighlight"], exclude: ["Fixtures"]),
        .testTarget(name: "SitegenMathTests", dependencies: ["SitegenMath"], exclude: ["Fixtures"]),
        .testTarget(name: "SitegenXMLTests", dependencies: ["SitegenXML"]),
        .testTarget(name: "SitegenBibliographyTests", dependencies: ["SitegenBibliography"]),
        .testTarget(name: "SitegenCSLSuiteTests", dependencies: ["SitegenBibliography", "SitegenCore"],
                    exclude: ["known-failures.txt"]),
        .testTarget(name: "SitegenFeedsTests", dependencies: ["SitegenFeeds"]),
        .testTarget(name: "SitegenAnalysisTests", dependencies: ["SitegenAnalysis", "SitegenMarkdown", "SitegenFeeds"]),
        .testTarget(name: "SitegenRenderTests", dependencies: ["SitegenRender"]),
        .testTarget(name: "SitegenLintTests", dependencies: ["SitegenLint", "SitegenMarkdown"]),
        .testTarget(name: "SitegenSiteTests", dependencies: ["SitegenSite"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["SitegenCLI", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "SitegenServeTests", dependencies: ["SitegenServe", "SitegenSite"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` only (docs/fuzzing.md): libFuzzer targets, built with `-sanitize=fuzzer` into their own build folder.
if ProcessInfo.processInfo.environment["SITEGEN_FUZZ"] != nil {
    let fuzz: [(String, Target.Dependency)] = [
        ("FeedFuzz", "SitegenFeeds"), ("MarkdownFuzz", "SitegenMarkdown"),
        ("BibTeXFuzz", "SitegenBibliography"), ("ConfigFuzz", "SitegenSite"),
    ]
    for (name, dependency) in fuzz {
        package.targets.append(.executableTarget(
            name: name, dependencies: [dependency], path: "Fuzz/Targets/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
