import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `toc watch` compares between polls: enough of `stat(2)` to see any save.
///
/// The modification time is kept to the nanosecond and the inode is included, so a save that keeps the size (a
/// one-letter fix) or replaces the file by renaming over it (as most editors and `AtomicWriter` do) is still seen.
public struct FileStamp: Equatable, Sendable {
    public let exists: Bool
    public let size: Int64
    public let inode: UInt64
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int

    public static let missing = FileStamp(exists: false, size: 0, inode: 0, modifiedSeconds: 0, modifiedNanoseconds: 0)

    /// The stamp of the file at `path` now (``missing`` when it does not exist or cannot be read).
    public static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(
            exists: true, size: Int64(info.st_size), inode: UInt64(info.st_ino),
            modifiedSeconds: Int(time.tv_sec), modifiedNanoseconds: Int(time.tv_nsec)
        )
    }
}

/// A flag set from another thread (a signal handler's dispatch source) and read by the polling loop.
///
/// While a ``ChildProcess`` runs under the flag, setting it also sends the child `SIGTERM`, so a stop request does
/// not wait for a render to finish.
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var child: pid_t?

    public init() {}

    public var isSet: Bool { lock.withLock { stopped } }

    public func set() {
        lock.withLock {
            stopped = true
            if let child { kill(child, SIGTERM) }
        }
    }

    /// Sends `child` `SIGTERM` when the flag is set (at once, if it already is). The child must not be reaped before
    /// ``release(_:)``, so the signal can never reach a recycled process id.
    func follow(_ child: pid_t) {
        lock.withLock {
            self.child = child
            if stopped { kill(child, SIGTERM) }
        }
    }

    /// Stops following the child (it has exited, and is about to be reaped).
    func release(_ child: pid_t) {
        lock.withLock {
            if self.child == child { self.child = nil }
        }
    }
}

/// Notices changes to a few files by polling them.
///
/// Polling `stat(2)` every 300 ms is used rather than inotify/FSEvents/kqueue: it is the same code on Linux and
/// macOS, needs no extra dependency, works on network and container-mounted folders where change notifications are
/// unreliable, and copes with editors that save by writing a new file and renaming it over the old one (which
/// leaves an inotify watch on the old, deleted inode). Watching one plan and its `toc.config` costs two `stat`
/// calls per poll, which is nothing.
///
/// A change is *debounced*: it is reported only once the files have held still for one further poll, so a save
/// written in several steps (truncate, write, write, or write-then-rename) triggers one run, not several.
public struct Watcher: Sendable {
    public let paths: [String]
    public let interval: TimeInterval

    public init(paths: [String], interval: TimeInterval = 0.3) {
        self.paths = paths
        self.interval = interval
    }

    /// The stamps of the watched files now, in the order of ``paths``.
    public func snapshot() -> [FileStamp] {
        paths.map(FileStamp.of)
    }

    /// Waits until the files differ from `previous` and have then held still for one poll.
    ///
    /// - Returns: the settled stamps, or `nil` once `stop` is set.
    public func waitForChange(from previous: [FileStamp], stop: StopFlag) -> [FileStamp]? {
        var settling: [FileStamp]?
        while true {
            guard pause(stop: stop) else { return nil }
            let now = snapshot()
            if let candidate = settling {
                if now == candidate { return now }
                settling = now == previous ? nil : now
            } else if now != previous {
                settling = now
            }
        }
    }

    /// Sleeps one interval in short slices, so a stop request is noticed quickly. `false` if stopped.
    private func pause(stop: StopFlag) -> Bool {
        let slices = max(1, Int((interval / 0.05).rounded()))
        for _ in 0..<slices {
            if stop.isSet { return false }
            Thread.sleep(forTimeInterval: interval / Double(slices))
        }
        return !stop.isSet
    }

    /// The files `toc watch` follows for a plan: the plan and its folder's `toc.config`.
    public static func files(forPlanAt path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        return [path, folder.isEmpty ? ConfigurationFile.name : (folder as NSString).appendingPathComponent(ConfigurationFile.name)]
    }

    /// `[15:04:05]`, the local time of day, for the line that ends each run.
    public static func timestamp(_ date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return "[\(formatter.string(from: date))]"
    }
}
