import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StarterTemplate {
    /// Writes the template to a new file. Never replaces a file that exists: creating the file and checking that
    /// it is new are one step (`O_CREAT | O_EXCL`), so a plan someone has already written cannot be overwritten.
    public func write(toNewFile path: String) throws(TocError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST {
                throw .writeFailed(
                    path: path, reason: "a file with that name already exists; give another name with -o, or move the file away first"
                )
            }
            throw .writeFailed(path: path, reason: Self.describe(code))
        }
        var failure: Int32?
        Array(text.utf8).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            unlink(path)
            throw .writeFailed(path: path, reason: Self.describe(failure))
        }
    }

    private static func describe(_ code: Int32) -> String {
        if code == ENOENT { return "the folder does not exist" }
        guard let message = strerror(code) else { return "system error \(code)" }
        return String(decoding: UnsafeRawBufferPointer(start: message, count: strlen(message)), as: UTF8.self)
    }
}
