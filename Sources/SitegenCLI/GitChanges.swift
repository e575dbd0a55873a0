import Foundation
import SitegenCore
import SitegenSite

/// Asks git which files changed, for `sitegen lint --changed-since REV`.
enum GitChanges {
    /// Paths (relative to `directory`) changed between `revision` and the working tree, plus untracked files.
    static func files(since revision: String, in directory: URL) throws -> Set<String> {
        guard !revision.hasPrefix("-") else {
            throw Diagnostic.error("revision `\(revision)` must not start with `-`", rule: "usage")
        }
        let changed = try git(["diff", "--name-only", "--relative", revision, "--"], in: directory)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], in: directory)
        return Set((changed + "\n" + untracked).split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    private static func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-git-\(UUID().uuidString)")
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-git-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        do {
            try process.run()
        } catch {
            throw SitegenError("cannot run git: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let message = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw Diagnostic.error("git \(arguments.joined(separator: " ")) failed: \(message)", rule: "usage",
                                   hint: "--changed-since needs a git repository and a revision it knows, e.g. origin/main")
        }
        return text
    }
}
