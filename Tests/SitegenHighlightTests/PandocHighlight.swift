import Foundation

/// Runs pandoc 2.17 (when installed) and reads the token class of every character of its highlighted output.
enum PandocHighlight {
    /// pandoc's path, or nil when it is not installed.
    static let executable: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// pandoc's HTML for a fenced block of `language`.
    static func html(_ code: String, language: String) throws -> String {
        guard let executable else { return "" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--highlight-style=pygments", "--preserve-tabs", "-f", "markdown", "-t", "html"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let fence = "````"
        input.fileHandleForWriting.write(Data((fence + language + "\n" + code + (code.hasSuffix("\n") ? "" : "\n")
            + fence + "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The class of each character inside `<code>` ("" for plain text), with line breaks as "\n" entries
    /// carrying class "".
    static func classes(ofHTML html: String) -> [(Character, String)] {
        guard let start = html.range(of: "<code"), let open = html[start.upperBound...].firstIndex(of: ">"),
              let end = html.range(of: "</code>", options: .backwards) else { return [] }
        let body = html[html.index(after: open)..<end.lowerBound]
        var result: [(Character, String)] = []
        var stack: [String] = []
        var index = body.startIndex
        while index < body.endIndex {
            let c = body[index]
            if c == "<" {
                let close = body[index...].firstIndex(of: ">") ?? body.endIndex
                let tag = body[index..<close]
                if tag.hasPrefix("<span") {
                    if let range = tag.range(of: "class=\"") {
                        stack.append(String(tag[range.upperBound...].prefix { $0 != "\"" }))
                    } else {
                        stack.append("")
                    }
                } else if tag.hasPrefix("</span") {
                    _ = stack.popLast()
                }
                index = close < body.endIndex ? body.index(after: close) : close
                continue
            }
            if c == "&", let semi = body[index...].firstIndex(of: ";"), body.distance(from: index, to: semi) < 8 {
                let entity = String(body[index...semi])
                let map: [String: Character] = ["&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\"", "&#39;": "'"]
                if let character = map[entity] {
                    result.append((character, stack.last ?? ""))
                    index = body.index(after: semi)
                    continue
                }
            }
            result.append((c, stack.last ?? ""))
            index = body.index(after: index)
        }
        return result
    }
}
