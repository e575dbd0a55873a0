import Foundation
import SitegenCore

/// Collects, while one page renders, the questions it asked outside its own source (cross-post labels, link and
/// image URLs, image sizes) with their answers, so the build cache can tell later whether they still hold.
final class DependencyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<ContentCache.Dependency> = []
    private var ordered: [ContentCache.Dependency] = []
    private var renderFindings: [Diagnostic] = []
    private var citationFindings: [Diagnostic] = []

    func note(_ kind: Character, _ question: String, _ answer: String) {
        let d = ContentCache.Dependency(kind: kind, question: question, answer: answer)
        lock.withLock { if seen.insert(d).inserted { ordered.append(d) } }
    }

    var dependencies: [ContentCache.Dependency] { lock.withLock { ordered } }

    var renderDiagnostics: [Diagnostic] {
        get { lock.withLock { renderFindings } }
        set { lock.withLock { renderFindings = newValue } }
    }

    var citationDiagnostics: [Diagnostic] {
        get { lock.withLock { citationFindings } }
        set { lock.withLock { citationFindings = newValue } }
    }
}
