import Foundation

/// Paths in this repository, found from this source file's location (Tests/TocTestSupport/Repository.swift).
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The clean example plans (everything in `examples/` outside `examples/broken/`).
    public static var cleanExamples: [String] {
        let folder = root.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toc") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    public static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
