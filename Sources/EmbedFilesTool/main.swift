import Foundation

// Writes a Swift source file holding data files as base64 text, for the EmbedFiles build-tool plugin.
// Usage: EmbedFilesTool <output.swift> <root folder> <relative path>...

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedFilesTool <output.swift> <root> <relative path>...\n".utf8))
    exit(2)
}
let output = arguments[1]
let root = URL(fileURLWithPath: arguments[2])
var source = """
// Generated at build time by the EmbedFiles plugin from \(root.lastPathComponent)/ — never edit or commit.
import Foundation

/// The data files this module carries (path relative to its data folder → UTF-8 text).
enum EmbeddedFiles {
    static let files: [String: String] = {
        var files: [String: String] = [:]

"""
for path in arguments.dropFirst(3).sorted() {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("EmbedFilesTool: cannot read \(path)\n".utf8))
        exit(1)
    }
    guard String(data: data, encoding: .utf8) != nil else {
        FileHandle.standardError.write(Data("EmbedFilesTool: \(path) is not UTF-8 text\n".utf8))
        exit(1)
    }
    let key = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        files[\"\(key)\"] = text(\"\(data.base64EncodedString())\")\n"
}
source += """
        return files
    }()

    private static func text(_ base64: String) -> String {
        String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    }
}

"""
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedFilesTool: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
