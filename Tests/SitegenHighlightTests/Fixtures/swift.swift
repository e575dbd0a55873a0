import Foundation

/// A running mean that never stores the samples.
struct RunningMean {
    private(set) var count = 0
    private(set) var mean: Double = 0.0

    mutating func add(_ x: Double) {
        count += 1
        mean += (x - mean) / Double(count)
    }
}

enum Fit: Error {
    case degenerate(String)
}

func slope(_ xs: [Double], _ ys: [Double]) throws -> Double {
    guard xs.count == ys.count, !xs.isEmpty else {
        throw Fit.degenerate("need pairs")
    }
    let mx = xs.reduce(0, +) / Double(xs.count)
    var num = 0.0, den = 0.0
    for (x, y) in zip(xs, ys) where x.isFinite {
        num += (x - mx) * y
        den += (x - mx) * (x - mx)
    }
    return den == 0 ? .nan : num / den
}

let values = [1.0, 2.5, 4.0]
var m = RunningMean()
values.forEach { m.add($0) }
print("mean: \(m.mean), n = \(m.count)")
if let s = try? slope(values, values) { print(s, true, nil as Int?) }
