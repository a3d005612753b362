import Foundation

/// Where frameworks come from: the ones bundled with toc, and framework files of a user's own.
public enum FrameworkLibrary {
    /// The framework a plan reports against when its theory line names none.
    public static let defaultID = "dfe-7x7"
    /// The frameworks that come with toc.
    public static let bundledIDs = ["dfe-7x7"]
    /// Framework files larger than this are refused before reading.
    public static let maximumFileSize = 1_048_576

    /// A framework that comes with toc, read once and kept.
    public static func bundled(_ id: String) -> Result<Framework, FrameworkLoadError> {
        guard bundledIDs.contains(id) else { return .failure(.notFound(path: id)) }
        return bundledDFE
    }

    private static let bundledDFE: Result<Framework, FrameworkLoadError> = {
        guard let url = BundledResource.url(named: "dfe-7x7.yml"), let data = try? Data(contentsOf: url) else {
            return .failure(.bundleMissing(id: "dfe-7x7"))
        }
        return read(String(decoding: data, as: UTF8.self), path: "dfe-7x7.yml", resolvesTags: false)
    }()

    /// Reads a framework file of the user's own.
    public static func load(contentsOf path: String) -> Result<Framework, FrameworkLoadError> {
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".yml") || lowered.hasSuffix(".yaml") else { return .failure(.notYAML(path: path)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.notFound(path: path)) }
        guard !isDirectory.boolValue else { return .failure(.unreadable(path: path, reason: "it is a folder")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            return .failure(.tooLarge(path: path, bytes: size))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable(path: path, reason: (error as NSError).localizedDescription))
        }
        guard data.count <= maximumFileSize else { return .failure(.tooLarge(path: path, bytes: data.count)) }
        return read(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Reads framework text; `path` names it in messages and gives the default id (its name without `.yml`).
    /// `resolvesTags`: see ``FrameworkReader/read(_:defaultID:resolvesTags:)``.
    public static func read(_ text: String, path: String, resolvesTags: Bool = true) -> Result<Framework, FrameworkLoadError> {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let defaultID = FrameworkNodeReader.isIdentifier(name) ? name : "custom"
        let (framework, problems) = FrameworkReader.read(text, defaultID: defaultID, resolvesTags: resolvesTags)
        if let framework { return .success(framework) }
        return .failure(.invalid(path: path, problems: problems))
    }
}

/// Finds files bundled with toc without `Bundle.module`, which stops the program when its resources are missing:
/// here a missing resource is an ordinary error.
enum BundledResource {
    static let bundleNames = ["toc_TocFramework.resources", "toc_TocFramework.bundle", "toc_TocFramework.bundle/Contents/Resources"]

    static func url(named name: String) -> URL? {
        // Beside the running executable first, found without `Bundle.main`, whose creation alone costs about as much
        // as checking a plan of a hundred elements.
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            for bundle in bundleNames {
                let candidate = folder.appendingPathComponent(bundle).appendingPathComponent(name)
                if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate }
            }
        }
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.resolvingSymlinksInPath()]
        if let executable = Bundle.main.executableURL {
            folders += [executable.deletingLastPathComponent(), executable.resolvingSymlinksInPath().deletingLastPathComponent()]
        }
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in folders {
            for bundle in bundleNames {
                let candidate = folder.appendingPathComponent(bundle).appendingPathComponent(name)
                if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
