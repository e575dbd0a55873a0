import Foundation
import SitegenSite

/// The fuzzing callback (see Driver.swift): any text as `sitegen.yml`, loaded and checked (every nesting level) as a build would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? SiteConfigLoader.parse(text)
    return 0
}
