import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the same folder, flushed to disk, which is then
/// renamed over the destination with `rename(2)`. A failed or interrupted run never leaves a half-written file or
/// clobbers a good one.
///
/// (`FileManager.replaceItemAt` is not used: on Linux it fails on every other call when the destination exists.)
public enum AtomicWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws(TocError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .writeFailed(path: path, reason: "the folder `\(folder)` does not exist")
        }
        var template = Array((folder as NSString).appendingPathComponent(".\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(cString: template)
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        // mkstemp creates the file readable by its owner only; give it the usual permissions for a document.
        if failure == nil, fchmod(descriptor, 0o644) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, reason: failure)
        }
    }

    public static func write(_ text: String, to path: String) throws(TocError) {
        try write(Array(text.utf8), to: path)
    }
}
