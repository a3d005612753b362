import Foundation
import TocDiagnostics
import TocModel

/// Finds and loads the framework a plan reports against: the one its `framework` detail names (a framework that
/// comes with toc, or a file in quotes, relative to the plan's folder), or `dfe-7x7` when it names none.
///
/// Problems are diagnostics on the plan's `framework` line; for a file with mistakes, one per mistake, each giving
/// the line and column in the file.
public enum FrameworkResolver {
    /// The framework, or nil (with diagnostics saying why) when it cannot be used.
    public static func resolve(_ theory: TheoryHeader?, planPath: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        guard let theory, let name = theory.framework else {
            // An installation without its bundled files is not the plan's fault: a warning, so the plan still draws.
            var (framework, diagnostics) = load(bundled: FrameworkLibrary.defaultID, at: theory?.range ?? .at(0))
            for index in diagnostics.indices { diagnostics[index].severity = .warning }
            return (framework, diagnostics)
        }
        let range = theory.frameworkRange ?? theory.range
        guard theory.frameworkIsFile else {
            guard FrameworkLibrary.bundledIDs.contains(name) else {
                return (nil, [FrameworkMessages.unknownFramework(name, range: range)])
            }
            return load(bundled: name, at: range)
        }
        let path = filePath(name, planPath: planPath)
        switch FrameworkLibrary.load(contentsOf: path) {
        case .success(let framework): return (framework, [])
        case .failure(let error): return (nil, FrameworkMessages.unusableFile(name, error: error, range: range))
        }
    }

    /// Where a framework file named in a plan is: relative paths are taken from the plan's folder.
    public static func filePath(_ written: String, planPath: String) -> String {
        let expanded = (written as NSString).expandingTildeInPath
        guard !expanded.hasPrefix("/") else { return expanded }
        let folder = (planPath as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !planPath.hasPrefix("<") else { return expanded }
        return (folder as NSString).appendingPathComponent(expanded)
    }

    private static func load(bundled id: String, at range: SourceRange) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        switch FrameworkLibrary.bundled(id) {
        case .success(let framework): (framework, [])
        case .failure(let error): (nil, [FrameworkMessages.missingBundle(error, range: range)])
        }
    }
}
