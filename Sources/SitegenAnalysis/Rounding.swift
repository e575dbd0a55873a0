import Foundation

/// Rounds report numbers to three decimals so JSON stays readable and stable.
enum Rounding {
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
