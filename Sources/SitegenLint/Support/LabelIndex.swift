import SitegenCore

/// The labels (`{#id}`) a document defines and the anchors its page will have.
enum LabelIndex {
    /// One explicit label.
    struct Label {
        var id: String
        var location: SourceLocation
    }

    /// Explicit labels in source order: section `{#sec-x}`, figure/table/equation/div ids, image and span ids.
    static func labels(in document: Document) -> [Label] {
        var out: [Label] = []
        for section in document.sections {
            if let id = section.attributes.id { out.append(Label(id: id, location: section.location)) }
            appendSpans(section.heading, at: section.location, into: &out)
        }
        for visit in DocumentWalker.blocks(of: document) {
            let block = visit.block
            var seen: Set<String> = []
            if let id = block.attributes.id {
                out.append(Label(id: id, location: block.location))
                seen.insert(id)
            }
            if case .figure(let figure) = block.kind {
                // The parser may copy a figure's label onto its image too; that is one label, not two.
                for image in figure.images {
                    if let id = image.attributes.id, seen.insert(id).inserted { out.append(Label(id: id, location: image.location)) }
                }
            }
            for run in DocumentWalker.inlineRuns(of: block) { appendSpans(run, at: block.location, into: &out) }
        }
        // Sections and blocks are collected separately; "first definition" means first in the file.
        return out.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }

    private static func appendSpans(_ inlines: [Inline], at location: SourceLocation, into out: inout [Label]) {
        DocumentWalker.flatten(inlines) { inline in
            switch inline {
            case .span(let attributes, _):
                if let id = attributes.id { out.append(Label(id: id, location: location)) }
            case .image(let image):
                if let id = image.attributes.id { out.append(Label(id: id, location: image.location)) }
            default:
                break
            }
        }
    }

    /// Every fragment id the rendered page of `document` can be linked with.
    static func anchors(in document: Document) -> Set<String> {
        var anchors = Set(labels(in: document).map(\.id))
        for section in document.sections where !section.id.isEmpty { anchors.insert(section.id) }
        for visit in DocumentWalker.blocks(of: document) {
            if case .html(let html) = visit.block.kind { anchors.formUnion(HTMLScan.ids(in: html)) }
        }
        for (inline, _, _) in DocumentWalker.inlines(of: document) {
            if case .html(let html) = inline { anchors.formUnion(HTMLScan.ids(in: html)) }
        }
        for footnote in document.footnotes {
            anchors.insert("fn-\(footnote.label)")
            anchors.insert("fnref-\(footnote.label)")
        }
        anchors.insert("refs")
        return anchors
    }
}
