import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// With THANRAK_TIMING set, prints how long each phase took to stderr (for
/// profiling the pipeline; output files are never affected).
public struct PhaseClock {
    private let enabled = getenv("THANRAK_TIMING") != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    public mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let line = Array("thanrak timing: \(phase) \((now - last) / 1_000_000) ms\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        last = now
    }
}
