/// An error that gains context at each boundary it crosses, so the CLI can print the whole chain:
/// "failed to build the site: failed to parse front matter of Content/posts/x.md: …".
public struct SitegenError: Error, Sendable, CustomStringConvertible {
    /// What was being done when the error happened, outermost first.
    public var context: [String]
    /// The root cause.
    public var message: String
    /// Diagnostics that explain the failure, if any.
    public var diagnostics: [Diagnostic]
    /// True when the command was asked for something it must not or cannot do (a missing source folder, an output
    /// folder it refuses to replace) rather than failing on the content: the CLI then exits with 2, not 1.
    public var isUsageError: Bool

    /// Creates an error with a root cause.
    public init(_ message: String, diagnostics: [Diagnostic] = [], isUsageError: Bool = false) {
        self.context = []
        self.message = message
        self.diagnostics = diagnostics
        self.isUsageError = isUsageError
    }

    /// The same error with one more layer of context in front.
    public func adding(context outer: String) -> SitegenError {
        var copy = self
        copy.context.insert(outer, at: 0)
        return copy
    }

    /// The chain on one line: outer context first, root cause last.
    public var description: String {
        (context + [message]).joined(separator: ": ")
    }

    /// Runs `body`, wrapping any error it throws in `context`.
    public static func withContext<T>(_ context: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SitegenError {
            throw error.adding(context: context())
        } catch let diagnostic as Diagnostic {
            throw SitegenError(diagnostic.message, diagnostics: [diagnostic]).adding(context: context())
        } catch {
            throw SitegenError(String(describing: error)).adding(context: context())
        }
    }
}
