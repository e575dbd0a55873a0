import Foundation
import PackagePlugin

/// Generates `EmbeddedFiles.swift` for a target at build time: every file of its data folder as a string the
/// binary carries (SitegenRender: the package's `Themes/default/`; other targets: their own `Data/` folder).
/// Nothing generated is committed; editing a data file rebuilds the target.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root: URL = target.name == "SitegenRender"
            ? context.package.directoryURL.appending(path: "Themes/default")
            : context.package.directoryURL.appending(path: "Sources/\(target.name)/Data")
        let files = Self.files(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let relative = files.map { String($0.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data files into \(target.name)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [output.path, root.path] + relative,
                inputFiles: files,
                outputFiles: [output]),
        ]
    }

    /// Regular files under `root`, sorted, hidden files skipped.
    static func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(url)
        }
        return out.sorted { $0.path < $1.path }
    }
}
