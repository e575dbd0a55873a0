import Dispatch
import Foundation

/// Splits index ranges across the processor's cores for the per-document stages, which only read shared data.
enum Parallel {
    /// Items per chunk below which splitting is not worth a thread.
    static let minimumChunk = 64

    /// `body` applied to contiguous chunks of `0..<count`, results in chunk order.
    static func chunks<T>(_ count: Int, parallel: Bool = true, _ body: (Range<Int>) -> T) -> [T] {
        let cores = parallel ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let n = max(1, min(cores, count / minimumChunk))
        let ranges = (0..<n).map { i in (count * i / n)..<(count * (i + 1) / n) }
        if n == 1 { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            withoutActuallyEscaping(body) { work in
                nonisolated(unsafe) let work = work
                DispatchQueue.concurrentPerform(iterations: n) { i in output[i] = work(ranges[i]) }
            }
        }
        return results.compactMap { $0 }
    }
}
