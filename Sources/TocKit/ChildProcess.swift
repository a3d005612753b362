import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn`: feeds it bytes on standard input, collects its standard output
/// and standard error, and reaps it, so no zombie is left behind.
///
/// `toc watch` uses it to draw each run in a fresh `toc` process (``RenderRoute``). Foundation's `Process` is not
/// used, because the child's signal state must be controlled: the watch process ignores `SIGINT` and `SIGTERM`
/// (they reach it through dispatch sources, which block them), and both the ignored dispositions and the blocked mask
/// would otherwise be inherited, leaving a child that Ctrl-C cannot stop. Here the child starts with the default
/// handlers for `SIGINT`, `SIGTERM`, `SIGHUP`, `SIGQUIT` and `SIGPIPE` and an empty signal mask.
///
/// Standard input is one end of a socket pair written with `MSG_NOSIGNAL` (`SO_NOSIGPIPE` on Darwin), so a child
/// that exits without reading it cannot kill the caller with `SIGPIPE`. The three streams are served together with
/// `poll(2)`, so a child that writes a lot before reading everything cannot deadlock with the caller.
public enum ChildProcess {
    /// How the child ended.
    public enum Termination: Equatable, Sendable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        public var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .signalled(let number):
                if let name = strsignal(number) { "signal \(number) (\(String(cString: name)))" } else { "signal \(number)" }
            }
        }
    }

    /// What the child wrote, and how it ended.
    public struct Outcome: Sendable {
        /// The child's process id (already reaped: no process has it any more, unless it has been recycled).
        public let processID: pid_t
        public let termination: Termination
        public let standardOutput: [UInt8]
        public let standardError: [UInt8]
    }

    /// The program could not be started.
    public struct StartFailure: Error, Sendable, Equatable, CustomStringConvertible {
        public let executable: String
        public let reason: String

        public var description: String { "cannot start `\(executable)`: \(reason)" }
    }

    /// Runs `executable` with `arguments` (and `argument0` as its name), giving it `input` on standard input and
    /// the caller's environment.
    ///
    /// - Parameter stop: while the child runs, setting this flag sends it `SIGTERM`.
    public static func run(
        _ executable: String, arguments: [String], argument0: String? = nil, input: [UInt8] = [], stop: StopFlag? = nil
    ) throws(StartFailure) -> Outcome {
        func failure(_ code: Int32) -> StartFailure {
            StartFailure(executable: executable, reason: String(cString: strerror(code)))
        }
        var inputPair: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        #if canImport(Darwin)
        let streamType = SOCK_STREAM
        #else
        let streamType = Int32(SOCK_STREAM.rawValue)
        #endif
        guard socketpair(AF_UNIX, streamType, 0, &inputPair) == 0 else { throw failure(errno) }
        guard pipe(&outputPipe) == 0 else {
            let code = errno
            inputPair.forEach { close($0) }
            throw failure(code)
        }
        guard pipe(&errorPipe) == 0 else {
            let code = errno
            (inputPair + outputPipe).forEach { close($0) }
            throw failure(code)
        }
        // Every descriptor is close-on-exec: the child keeps only the three it is given as 0, 1 and 2 (dup2 clears
        // the flag), so its output pipes reach end-of-file as soon as it exits.
        let all = inputPair + outputPipe + errorPipe
        for descriptor in all { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let (inputWrite, inputRead) = (inputPair[0], inputPair[1])
        let (outputRead, outputWrite) = (outputPipe[0], outputPipe[1])
        let (errorRead, errorWrite) = (errorPipe[0], errorPipe[1])
        #if canImport(Darwin)
        var on: Int32 = 1
        _ = setsockopt(inputWrite, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif

        let pid: pid_t
        do {
            pid = try spawn(
                executable, arguments: [argument0 ?? executable] + arguments,
                standardStreams: (inputRead, outputWrite, errorWrite)
            )
        } catch {
            all.forEach { close($0) }
            throw failure(error.code)
        }
        [inputRead, outputWrite, errorWrite].forEach { close($0) }
        stop?.follow(pid)

        let (output, errors) = exchange(input: input, to: inputWrite, output: outputRead, errors: errorRead, child: pid)

        // Wait for the child to end without reaping it, stop following it, and only then reap it: a stop request
        // can never signal a process id that has been recycled.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        stop?.release(pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let termination: Termination = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
        return Outcome(processID: pid, termination: termination, standardOutput: output, standardError: errors)
    }

    private struct SpawnError: Error {
        let code: Int32
    }

    private static func spawn(
        _ executable: String, arguments: [String], standardStreams: (Int32, Int32, Int32)
    ) throws(SpawnError) -> pid_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardStreams.0, 0)
        posix_spawn_file_actions_adddup2(&actions, standardStreams.1, 1)
        posix_spawn_file_actions_adddup2(&actions, standardStreams.2, 2)

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    /// Whether the child has ended (without reaping it).
    private static func hasEnded(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return errno != EINTR }
        #if canImport(Darwin)
        return info.si_pid != 0
        #else
        return info._sifields._sigchld.si_pid != 0
        #endif
    }

    /// Writes `input` to the child and reads its two output streams until both are closed, or until the child has
    /// ended and what it wrote has been read (a grandchild it left running may hold the streams open).
    private static func exchange(
        input: [UInt8], to inputWrite: Int32, output outputRead: Int32, errors errorRead: Int32, child pid: pid_t
    ) -> ([UInt8], [UInt8]) {
        for descriptor in [inputWrite, outputRead, errorRead] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        #if canImport(Darwin)
        let sendFlags: Int32 = 0
        #else
        let sendFlags = Int32(MSG_NOSIGNAL)
        #endif
        var streams = [
            pollfd(fd: inputWrite, events: Int16(POLLOUT), revents: 0),
            pollfd(fd: outputRead, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errorRead, events: Int16(POLLIN), revents: 0),
        ]
        var collected: [[UInt8]] = [[], [], []]
        var written = 0
        func finish(_ index: Int) {
            close(streams[index].fd)
            streams[index].fd = -1  // poll ignores negative descriptors
        }
        if input.isEmpty { finish(0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var ended = false
        while streams.contains(where: { $0.fd >= 0 }) {
            let ready = poll(&streams, nfds_t(streams.count), ended ? 0 : 100)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if ready == 0 {
                // Nothing to read or write: either the child has ended and everything it wrote has been read, or
                // it is still working.
                if ended { break }
                ended = hasEnded(pid)
                continue
            }
            if streams[0].fd >= 0, streams[0].revents != 0 {
                let count = input.withUnsafeBytes { bytes in
                    send(inputWrite, bytes.baseAddress! + written, bytes.count - written, sendFlags)
                }
                if count > 0 {
                    written += count
                    if written == input.count { finish(0) }
                } else if count < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR {
                    finish(0)  // the child closed its input (or exited): the rest is not wanted
                }
            }
            for index in 1...2 where streams[index].fd >= 0 && streams[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(streams[index].fd, $0.baseAddress!, $0.count) }
                if count > 0 {
                    collected[index].append(contentsOf: buffer[0..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    finish(index)
                }
            }
        }
        for index in streams.indices where streams[index].fd >= 0 { finish(index) }
        return (collected[1], collected[2])
    }
}
