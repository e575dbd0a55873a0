/// Why a formula could not be converted: an unsupported command or environment, or malformed TeX.
public struct MathError: Hashable, Sendable {
    /// What went wrong, naming the command (`unsupported command \foo`).
    public var message: String
    /// A suggested fix.
    public var hint: String
    /// Character offset in the formula's TeX.
    public var offset: Int

    /// Creates an error.
    public init(message: String, hint: String, offset: Int) {
        self.message = message
        self.hint = hint
        self.offset = offset
    }
}
