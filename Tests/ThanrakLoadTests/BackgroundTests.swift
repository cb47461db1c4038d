import Testing
@testable import ThanrakLoad

@Suite struct BackgroundTests {
    @Test func givesTheWorksResultOnOneThreadAndOnAnother() {
        for jobs in [1, 2] {
            let work = Background(jobs: jobs) { (1...1000).reduce(0, +) }
            #expect(work.value == 500_500)
        }
    }

    @Test func aSecondReadDoesNotWaitAgain() {
        let work = Background(jobs: 2) { ["ก", "ข"] }
        #expect(work.value == ["ก", "ข"])
        #expect(work.value == ["ก", "ข"])
    }

    @Test func withOneJobTheWorkIsDoneBeforeTheCallerGoesOn() {
        // jobs 1 keeps a serial build serial: the work has run by the time
        // `init` returns, on the caller's thread.
        let box = Flag()
        _ = Background(jobs: 1) { box.set() }
        #expect(box.isSet)
    }
}

/// Set once by the work; read after it (jobs 1 runs it inline).
private final class Flag: @unchecked Sendable {
    private(set) var isSet = false
    func set() { isSet = true }
}
