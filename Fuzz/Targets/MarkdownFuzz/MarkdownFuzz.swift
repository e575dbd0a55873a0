import Foundation
import SitegenMarkdown

/// The fuzzing callback (see Driver.swift): any text as a post (front matter, research extensions, cross-references), parsed and
/// rendered to HTML as a build would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let parsed = MarkdownParser().parse(text, path: "fuzz.md", id: "posts/fuzz")
    let options = RenderOptions().adjusted(for: parsed.document.metadata)
    _ = HTMLRenderer(options: options).render(parsed.document)
    return 0
}
