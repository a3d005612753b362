import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with file descriptor 2 redirected into a pipe and returns what was
/// written to it, so tests can assert that nothing reached stderr.
///
/// The pipe's write end is non-blocking: output beyond the pipe buffer is dropped
/// instead of deadlocking, which still leaves the captured text non-empty.
func capturingStandardError<Result>(_ body: () throws -> Result) rethrows -> (result: Result, stderr: String) {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0, "pipe failed")
    _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
    fflush(nil)
    let savedStandardError = dup(2)
    dup2(fds[1], 2)
    close(fds[1])

    let result: Result
    do {
        result = try body()
    } catch {
        restore(savedStandardError)
        close(fds[0])
        throw error
    }
    restore(savedStandardError)

    var captured: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(fds[0], &chunk, chunk.count)
        if count <= 0 { break }
        captured += chunk[0..<count]
    }
    close(fds[0])
    return (result, String(decoding: captured, as: UTF8.self))
}

private func restore(_ savedStandardError: Int32) {
    fflush(nil)
    dup2(savedStandardError, 2)
    close(savedStandardError)
}
