/// Quarto's numbered theorem-like environments. A fenced div labelled with one of these prefixes
/// (`::: {#thm-x}`) is numbered per kind, referenced as "Theorem 1", and rendered with that title; this list
/// is the one place the cross-reference syntax, the index, the default words and the renderer learn them.
struct TheoremKind: Sendable {
    /// The label prefix, e.g. `thm`.
    let key: String
    /// The printed name, e.g. "Theorem".
    let name: String
    /// Quarto's environment name, a class on the rendered div, e.g. `theorem`.
    let environment: String

    /// Every kind, in Quarto's order.
    static let all: [TheoremKind] = [
        TheoremKind(key: "thm", name: "Theorem", environment: "theorem"),
        TheoremKind(key: "lem", name: "Lemma", environment: "lemma"),
        TheoremKind(key: "cor", name: "Corollary", environment: "corollary"),
        TheoremKind(key: "prp", name: "Proposition", environment: "proposition"),
        TheoremKind(key: "cnj", name: "Conjecture", environment: "conjecture"),
        TheoremKind(key: "def", name: "Definition", environment: "definition"),
        TheoremKind(key: "exm", name: "Example", environment: "example"),
        TheoremKind(key: "exr", name: "Exercise", environment: "exercise"),
    ]

    private static let byKey: [String: TheoremKind] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    /// The kind a label such as `thm-main` belongs to, if any.
    static func of(label: String) -> TheoremKind? {
        LabelKind.prefix(of: label).flatMap { byKey[$0] }
    }
}
