import Foundation
import SitegenBibliography

/// The fuzzing callback (see Driver.swift): any text as a BibLaTeX file, read into CSL items (macros, crossref inheritance,
/// names, dates, LaTeX to Unicode) as a build would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBibTeX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = Bibliography.parse(text, format: .biblatex, file: "fuzz.bib")
    _ = Bibliography.parse(text, format: .bibtex, file: "fuzz.bibtex")
    return 0
}
