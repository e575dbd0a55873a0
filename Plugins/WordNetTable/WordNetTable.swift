import Foundation
import PackagePlugin

/// Generates `WordNetTable.swift` for SitegenAnalysis at build time from the WordNet database files that
/// Debian's `wordnet-base` package installs in `/usr/share/wordnet` (index.*, data.*, *.exc): every word's
/// synsets and their directly related synsets, as one compact string (docs/analysis.md). Without those files
/// the table is empty and analysis compares words exactly. Nothing generated is committed.
@main
struct WordNetTable: BuildToolPlugin {
    /// Where Debian and most distributions put the WordNet dictionary files.
    static let folders = ["/usr/share/wordnet", "/usr/local/share/wordnet", "/usr/share/wordnet/dict"]
    static let names = ["noun", "verb", "adj", "adv"].flatMap { ["index.\($0)", "data.\($0)", "\($0).exc"] }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = Self.folders.first { folder in
            Self.names.allSatisfy { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }
        } ?? Self.folders[0]
        let inputs = Self.names.map { URL(fileURLWithPath: "\(folder)/\($0)") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let output = context.pluginWorkDirectoryURL.appending(path: "WordNetTable.swift")
        return [
            .buildCommand(
                displayName: "Deriving the WordNet concept table for \(target.name) from \(folder)",
                executable: try context.tool(named: "WordNetTableTool").url,
                arguments: [output.path, folder],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
