import Dispatch

/// One piece of work that runs on another thread while the caller goes on
/// with another, read when the caller needs it. The build has short serial
/// steps (the manifest's keys, the SDG aggregates) that depend on nothing
/// the step beside them makes; started here, each fills a core the other
/// leaves idle. With `jobs <= 1` the work runs at once on the caller, so a
/// serial build stays on one thread; the result never depends on which.
///
/// Not `DispatchQueue.concurrentPerform`: nested inside another one it
/// halves the inner width, and the work here may itself run `Parallel.map`.
public final class Background<Result: Sendable>: @unchecked Sendable {
    // Written once, by the work, before `done` is signalled; read only
    // after waiting on `done`: the semaphore orders the two, which is why
    // the unchecked Sendable is sound.
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    public init(jobs: Int, _ work: @escaping @Sendable () -> Result) {
        if jobs <= 1 {
            result = work()
            done.signal()
        } else {
            DispatchQueue.global().async {
                self.result = work()
                self.done.signal()
            }
        }
    }

    /// Waits for the work to finish and returns what it made.
    public var value: Result {
        done.wait()
        // Signalled again so that a second read does not wait for ever.
        done.signal()
        guard let result else { preconditionFailure("Background work signalled done without a result") }
        return result
    }
}
