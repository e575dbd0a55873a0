import Foundation
import Testing
import SitegenCore
import SitegenSite
import Yams
@testable import SitegenCLI

/// Runs the shell steps of the workflow `sitegen new site` writes, in order, the way a GitHub runner would
/// (bash -eo pipefail, `$GITHUB_PATH`, `$RUNNER_TEMP`, the workflow's `env:`), on the new blog — with this build's
/// `sitegen` provided through `SITEGEN_BINARY`, so nothing is downloaded. Steps that `uses:` an action are the
/// runner's (checkout, cache, uploads) and are not run.
@Suite(.serialized) struct WorkflowRunTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL? {
        let url = packageRoot.appendingPathComponent(".build/debug/sitegen")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    struct StepResult {
        var name: String
        var status: Int32
        var output: String
    }

    /// Runs every `run:` step of `job`; stops at the first failure of a step without `continue-on-error`.
    static func run(workflow: String, job: String, in folder: URL, home: URL, extraEnvironment: [String: String]) throws -> [StepResult] {
        let yaml = try #require(try Yams.load(yaml: workflow) as? [String: Any])
        let jobs = try #require(yaml["jobs"] as? [String: Any])
        let steps = try #require((jobs[job] as? [String: Any])?["steps"] as? [[String: Any]])
        let temp = home.appendingPathComponent("runner-temp")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let githubPath = temp.appendingPathComponent("github-path")
        try Data().write(to: githubPath)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in yaml["env"] as? [String: Any] ?? [:] { environment[key] = "\(value)" }
        environment["HOME"] = home.path
        environment["RUNNER_TEMP"] = temp.path
        environment["GITHUB_PATH"] = githubPath.path
        environment["GITHUB_WORKSPACE"] = folder.path
        environment["CI"] = "true"
        environment.merge(extraEnvironment) { $1 }
        var results: [StepResult] = []
        for (index, step) in steps.enumerated() {
            guard let script = step["run"] as? String else { continue }
            let name = step["name"] as? String ?? "step \(index + 1)"
            #expect(step["if"] == nil, "\(name): a run step with a condition needs the condition evaluated here")
            #expect(!script.contains("${{"), "\(name): expressions in scripts are expanded by GitHub, not by the shell; pass them through env")
            let file = temp.appendingPathComponent("step-\(index).sh")
            try Data(script.utf8).write(to: file)
            var stepEnvironment = environment
            for (key, value) in step["env"] as? [String: Any] ?? [:] { stepEnvironment[key] = "\(value)" }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["--noprofile", "--norc", "-eo", "pipefail", file.path]
            process.currentDirectoryURL = folder
            process.environment = stepEnvironment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            results.append(StepResult(name: name, status: process.terminationStatus, output: output))
            // What a step appends to $GITHUB_PATH comes first on the PATH of the steps after it.
            let added = (try? String(contentsOf: githubPath, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
            environment["PATH"] = (added.reversed() + [ProcessInfo.processInfo.environment["PATH"] ?? ""]).joined(separator: ":")
            if process.terminationStatus != 0 && step["continue-on-error"] as? Bool != true { break }
        }
        return results
    }

    @Test func theNewBlogsWorkflowStepsInstallThePinnedSitegenAndBuildTheSite() async throws {
        guard let binary = Self.binary else {
            print("skipped: .build/debug/sitegen is not built (swift build --build-tests builds it)")
            return
        }
        let packages = ["git", "ca-certificates", "curl", "pkg-config", "libcmark-gfm-dev", "libcmark-gfm-extensions-dev", "libxml2-dev"]
        let dpkg = Process()
        dpkg.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dpkg.arguments = ["dpkg", "-s"] + packages
        dpkg.standardOutput = FileHandle.nullDevice
        dpkg.standardError = FileHandle.nullDevice
        try? dpkg.run()
        dpkg.waitUntilExit()
        guard dpkg.terminationStatus == 0 else {
            print("skipped: the workflow's first step would apt-get install \(packages.joined(separator: " ")) (make test-deps installs them)")
            return
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-workflow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let blog = base.appendingPathComponent("fieldnotes")
        let home = base.appendingPathComponent("home")
        #expect(await SitegenCommand.runMain(["new", "site", blog.path, "--base-url", "https://jdoe.github.io/fieldnotes/"]) == 0)
        let workflow = try String(contentsOf: blog.appendingPathComponent(".github/workflows/publish.yml"), encoding: .utf8)
        #expect(workflow.contains("SITEGEN_VERSION: \(SitegenRelease.tag)"), "the new blog pins this sitegen's release")
        #expect(!FileManager.default.fileExists(atPath: blog.appendingPathComponent("Package.swift").path))

        let first = try Self.run(workflow: workflow, job: "build", in: blog, home: home, extraEnvironment: ["SITEGEN_BINARY": binary.path])
        #expect(first.map(\.name) == ["Install system libraries", "Install sitegen", "Lint the content", "Build the site"])
        for step in first { #expect(step.status == 0, "\(step.name): \(step.output)") }
        let installed = home.appendingPathComponent(".cache/sitegen/\(SitegenRelease.tag)/sitegen")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path), "installed where actions/cache saves it")
        #expect(FileManager.default.fileExists(atPath: blog.appendingPathComponent("sitegen.sarif").path), "lint wrote the SARIF file to upload")
        let post = try String(contentsOf: blog.appendingPathComponent("Site/posts/hello-world/index.html"), encoding: .utf8)
        #expect(post.contains("href=\"/fieldnotes/assets/style.css\""), "built for the sub-path of base_url")
        #expect(FileManager.default.fileExists(atPath: blog.appendingPathComponent("Site/index.html").path))
        #expect(FileManager.default.fileExists(atPath: blog.appendingPathComponent("Site/index.xml").path))

        // The next run restores the binary (the cache path kept) and does not need SITEGEN_BINARY or the network.
        let second = try Self.run(workflow: workflow, job: "build", in: blog, home: home, extraEnvironment: [:])
        #expect(second.first { $0.name == "Install sitegen" }?.output.contains("restored from the cache") == true)
        for step in second { #expect(step.status == 0, "\(step.name): \(step.output)") }

        // A sitegen that is not the pinned version is refused, before anything is built.
        let other = workflow.replacingOccurrences(of: "SITEGEN_VERSION: \(SitegenRelease.tag)", with: "SITEGEN_VERSION: v99.0.0")
        try FileManager.default.removeItem(at: blog.appendingPathComponent("Site"))
        let refused = try Self.run(workflow: other, job: "build", in: blog, home: home, extraEnvironment: ["SITEGEN_BINARY": binary.path])
        let install = try #require(refused.first { $0.name == "Install sitegen" })
        #expect(install.status != 0 && install.output.contains("not the pinned v99.0.0"), "\(install.output)")
        #expect(refused.last?.name == "Install sitegen", "no step runs after a failed install")
        #expect(!FileManager.default.fileExists(atPath: blog.appendingPathComponent("Site").path))
    }
}

/// The release-binary path of the workflow's install step and of scripts/install.sh, against a local stand-in for
/// the release server (`python3 -m http.server` on loopback serving `<repository>/releases/download/<tag>/<asset>`).
extension WorkflowRunTests {
    /// Serves `folder` on a free loopback port; returns the process and the port.
    static func serve(_ folder: URL) throws -> (Process, Int) {
        let port = Int.random(in: 20_000..<60_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        for _ in 0..<100 {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            probe.arguments = ["curl", "-fs", "-o", "/dev/null", "http://127.0.0.1:\(port)/"]
            try probe.run()
            probe.waitUntilExit()
            if probe.terminationStatus == 0 { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return (server, port)
    }

    @Test func theReleaseBinaryIsDownloadedWhenTheReleaseHasOne() async throws {
        guard let binary = Self.binary, FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else {
            print("skipped: needs .build/debug/sitegen and curl")
            return
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let machine = ProcessInfo.processInfo.machineHardwareName ?? "x86_64"
        let tag = SitegenRelease.tag
        let releases = base.appendingPathComponent("www/jdoe/sitegen/releases/download/\(tag)")
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // gzip -1: the debug binary is large, and the archive only has to be a valid .tar.gz.
        tar.arguments = ["sh", "-c", "tar -cf - -C \"$1\" sitegen | gzip -1 > \"$2\"", "sh", binary.deletingLastPathComponent().path,
                         releases.appendingPathComponent("sitegen-\(tag)-linux-\(machine).tar.gz").path]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        let (server, port) = try Self.serve(base.appendingPathComponent("www"))
        defer {
            server.interrupt()
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let repository = "http://127.0.0.1:\(port)/jdoe/sitegen.git"

        // The workflow: no SITEGEN_BINARY, no cache — the release archive is downloaded, then the site built.
        let blog = base.appendingPathComponent("blog")
        #expect(await SitegenCommand.runMain(["new", "site", blog.path, "--base-url", "https://jdoe.github.io/blog/",
                                              "--sitegen-repository", repository]) == 0)
        let workflow = try String(contentsOf: blog.appendingPathComponent(".github/workflows/publish.yml"), encoding: .utf8)
        let home = base.appendingPathComponent("home")
        let steps = try Self.run(workflow: workflow, job: "build", in: blog, home: home, extraEnvironment: [:])
        for step in steps { #expect(step.status == 0, "\(step.name): \(step.output)") }
        #expect(steps.last?.name == "Build the site")
        #expect(FileManager.default.isExecutableFile(atPath: home.appendingPathComponent(".cache/sitegen/\(tag)/sitegen").path))
        #expect(FileManager.default.fileExists(atPath: blog.appendingPathComponent("Site/index.html").path))

        // The install script: the same archive into PREFIX/bin.
        let prefix = base.appendingPathComponent("prefix")
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/bin/sh")
        script.arguments = [Self.packageRoot.appendingPathComponent("scripts/install.sh").path,
                            "--version", tag, "--prefix", prefix.path, "--repository", repository]
        let pipe = Pipe()
        script.standardOutput = pipe
        script.standardError = pipe
        try script.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(script.terminationStatus == 0, "\(output)")
        #expect(output.contains("installed sitegen \(SitegenRelease.version) at \(prefix.path)/bin/sitegen"), "\(output)")
        let installer = try String(contentsOf: Self.packageRoot.appendingPathComponent("scripts/install.sh"), encoding: .utf8)
        #expect(installer.contains("repository=\"${SITEGEN_REPOSITORY:-\(SitegenRelease.repository)}\""),
                "the script installs from the repository the binary names")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/sitegen").path))
    }
}

extension ProcessInfo {
    /// `uname -m`: the name release archives carry (`x86_64`, `aarch64`).
    var machineHardwareName: String? {
        var name = utsname()
        guard uname(&name) == 0 else { return nil }
        return withUnsafeBytes(of: &name.machine) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
