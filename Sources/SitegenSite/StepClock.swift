import Foundation

/// Times the named steps of a build and reports each as it starts.
final class StepClock {
    private let progress: (@Sendable (String) -> Void)?
    private(set) var steps: [BuildSummary.Step] = []

    init(progress: (@Sendable (String) -> Void)?) {
        self.progress = progress
    }

    /// Runs one step, recording its wall time even when it throws.
    func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        progress?(name)
        let start = DispatchTime.now().uptimeNanoseconds
        defer { steps.append(.init(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}
