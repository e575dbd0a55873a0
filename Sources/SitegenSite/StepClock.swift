import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times the named steps of a build and reports each as it starts.
final class StepClock {
    private let progress: (@Sendable (String) -> Void)?
    private(set) var steps: [BuildSummary.Step] = []

    init(progress: (@Sendable (String) -> Void)?) {
        self.progress = progress
    }

    /// Runs one step, recording its wall and CPU time even when it throws. A step run in several parts (the
    /// cache check, resolving, rendering content) is reported once, with the parts' times added up.
    func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        progress?(name)
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.processCPUSeconds()
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpuSeconds = Self.processCPUSeconds() - cpuStart
            if let i = steps.firstIndex(where: { $0.name == name }) {
                steps[i].seconds += seconds
                steps[i].cpuSeconds += cpuSeconds
            } else {
                steps.append(.init(name: name, seconds: seconds, cpuSeconds: cpuSeconds))
            }
        }
        return try body()
    }

    /// User plus system time of the whole process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
