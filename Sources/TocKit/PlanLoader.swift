import Foundation
import TocDiagnostics

/// Reads plan files, and finds them in folders.
public enum PlanLoader {
    /// Plans larger than this are refused before reading (a plan of 10,000 elements is about 3 MiB).
    public static let maximumFileSize = Limits.fileSize

    /// Reads a file as a source file. Text that is not valid UTF-8 is read with replacement characters and
    /// ``Analysis`` reports where (see `invalid-encoding`).
    public static func load(path: String) throws(TocError) -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumFileSize {
                throw TocError.fileTooLarge(path: path, bytes: size, limit: maximumFileSize)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as TocError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return SourceFile(path: path, text: String(decoding: data, as: UTF8.self))
    }

    /// Expands the given paths: files are kept as they are, folders are searched (recursively) for `.toc` files,
    /// sorted by path.
    public static func planPaths(_ paths: [String]) throws(TocError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .fileNotFound(path: path)
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".toc") }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            guard !found.isEmpty else { throw .noPlansFound(path: path) }
            result += found
        }
        return result
    }
}
