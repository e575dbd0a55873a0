import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over all cores, keeping order (per-page build stages, lint rules, file parsing).
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) rethrows -> [T] {
        guard count > 1 else { return try map(transform) }
        let results = ResultBuffer<T>(count: count)
        let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        try withoutActuallyEscaping(transform) { transform in
            let failure = FirstError()
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let start = c * chunk
                for i in start..<Swift.min(start + chunk, count) {
                    do {
                        results.set(i, try transform(self[i]))
                    } catch {
                        failure.record(error)
                        return
                    }
                }
            }
            if let error = failure.error { throw error }
        }
        return results.values()
    }
}

/// Slots written once each from many threads; read after all writers finished.
private final class ResultBuffer<T>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { slots.map { $0! } }
}

/// The first error thrown by any worker.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var error: Error? { lock.withLock { stored } }

    func record(_ error: Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
