import Foundation

/// One stated cause-effect claim: an arrow chain (`A → B → C`) or a cue-phrase claim ("A leads to B"),
/// with its nodes in causal order.
struct ClaimStatement {
    /// One node as written and its identifying words.
    struct Node {
        /// The wording, trimmed.
        var text: String
        /// Sorted, de-duplicated stems of its content words.
        var terms: [String]
    }

    /// The passage stating it.
    var passage: Int
    var nodes: [Node]
    /// True for arrow chains, false for cue phrases.
    var isArrow: Bool
    /// Position in time (document rank, then passage, then position in the passage).
    var order: Int
    /// True for "because" explanations: too common in human prose to report as unsupported or restated claims,
    /// they only close circular chains ("Because A, B. Because B, C. Because C, A.").
    var isExplanation = false

    /// The chain as a string: `a → b → c`.
    var text: String { nodes.map(\.text).joined(separator: " → ") }
}
