import Foundation

/// Writes files atomically: the bytes go to a temporary file in the same folder, which is then renamed over the
/// destination. A failed or interrupted run never leaves a half-written file or clobbers a good one.
public enum AtomicWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws(TocError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .writeFailed(path: path, reason: "the folder `\(folder.path)` does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    public static func write(_ text: String, to path: String) throws(TocError) {
        try write(Array(text.utf8), to: path)
    }
}
