import Foundation
import SitegenCore
import Yams

/// Loads `sitegen.yml` into a `SiteConfig`, warning about unknown keys with the closest valid one.
public enum SiteConfigLoader {
    /// The result of loading: the configuration and what was wrong with it.
    public struct Loaded: Sendable {
        /// The configuration, with defaults for what the file leaves out.
        public var config: SiteConfig
        /// Warnings (unknown keys) and errors (wrong types).
        public var diagnostics: [Diagnostic]
    }

    /// Reads `sitegen.yml` (or `sitegen.yaml`) under `root`; a site without one gets the defaults and a warning.
    public static func load(root: URL) throws -> Loaded {
        let candidates = ["sitegen.yml", "sitegen.yaml"].map { root.appendingPathComponent($0) }
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            return Loaded(config: SiteConfig(), diagnostics: [
                .warning("no sitegen.yml in \(root.path); using defaults",
                         hint: "create sitegen.yml with at least `title:` and `base_url:`"),
            ])
        }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw SitegenError("cannot read \(file.lastPathComponent): \(error.localizedDescription)")
        }
        if let bad = UTF8Position.firstInvalid(in: data) {
            throw SitegenError("invalid configuration", diagnostics: [bad.diagnostic(file: file.lastPathComponent)])
        }
        let text = String(decoding: data, as: UTF8.self)
        return try parse(text, path: file.lastPathComponent)
    }

    /// Parses configuration text; `path` is used in diagnostics.
    public static func parse(_ text: String, path: String = "sitegen.yml") throws -> Loaded {
        let node: Node?
        do {
            node = try YAMLReader.compose(text, path: path)
        } catch {
            throw SitegenError("invalid configuration", diagnostics: [error])
        }
        guard let node else { return Loaded(config: SiteConfig(), diagnostics: []) }
        guard case .mapping(let mapping) = node else {
            let d = Diagnostic.error("sitegen.yml must be a mapping of keys to values",
                                     at: YAMLReader.location(of: node, path: path), hint: "start with `title: My blog`")
            throw SitegenError("invalid configuration", diagnostics: [d])
        }
        var reader = ConfigReader(path: path)
        let config = reader.read(mapping)
        reader.diagnostics += ConfigSchema.unknownNestedKeys(in: mapping, path: path)
        if reader.diagnostics.contains(where: { $0.severity == .error }) {
            throw SitegenError("invalid configuration", diagnostics: reader.diagnostics)
        }
        return Loaded(config: config, diagnostics: reader.diagnostics)
    }
}
