/// Turns a lint result into one output format's text.
public protocol LintReporter: Sendable {
    /// The complete output for `result`, ending in a newline when not empty.
    func report(_ result: LintResult) -> String
}
