import Foundation
import SitegenCore

/// Walks the Markdown documents of a context and collects every link and image the `LinkResolver` cannot
/// resolve, located at the destination as written; the link rules (in `build` and `lint` alike) report from it.
struct LinkProblems {
    /// A link that does not resolve.
    struct Problem {
        var kind: LinkResolver.Problem
        var destination: String
        var location: SourceLocation
        var isImage: Bool
    }

    /// Every unresolved link and image of the file documents in `context`; worked out once per context and
    /// shared by the four link rules.
    static func problems(in context: LintContext, site: SiteInventory) -> [Problem] {
        context.linkProblems.value { compute(in: context, site: site) }
    }

    private static func compute(in context: LintContext, site: SiteInventory) -> [Problem] {
        let resolver = LinkResolver(site: site)
        var locator = RawLocator(sources: context.sources)
        var out: [Problem] = []
        for document in context.documents {
            guard case .file(let path) = document.origin else { continue }
            let anchors = LabelIndex.anchors(in: document)
            for (inline, holder, _) in DocumentWalker.inlines(of: document) {
                let destination: String
                let start: SourceLocation
                let isImage: Bool
                switch inline {
                case .link(let target, _, _): (destination, start, isImage) = (target, holder, false)
                case .image(let image): (destination, start, isImage) = (image.source, image.location, true)
                default: continue
                }
                guard let kind = resolver.resolve(destination, from: path, anchors: anchors).problem else { continue }
                let location = locator.locate(destination, after: ["](", "](<", "href=\"", "src=\""], from: start)
                out.append(Problem(kind: kind, destination: destination, location: location, isImage: isImage))
            }
            for visit in DocumentWalker.blocks(of: document) {
                guard case .figure(let figure) = visit.block.kind else { continue }
                for image in figure.images {
                    guard let kind = resolver.resolve(image.source, from: path).problem else { continue }
                    let location = locator.locate(image.source, after: ["](", "](<"], from: image.location)
                    out.append(Problem(kind: kind, destination: image.source, location: location, isImage: true))
                }
            }
        }
        return out
    }
}

/// The link problems of one context, computed by the first link rule that asks (rules may run in parallel).
final class LinkProblemsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [LinkProblems.Problem]?

    init() {}

    func value(_ make: () -> [LinkProblems.Problem]) -> [LinkProblems.Problem] {
        lock.lock()
        defer { lock.unlock() }
        if let problems { return problems }
        let made = make()
        problems = made
        return made
    }
}
