import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

/// The output folder rules: what a build may replace, what it always refuses, one build at a time, one atomic
/// swap, and no leftovers from killed builds.
@Suite struct OutputSafetyTests {
    private static let fm = FileManager.default

    private static func site(in parent: URL? = nil) throws -> TestSite {
        let site = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/a.md": TestSite.post("Alpha")])
        guard let parent else { return site }
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let moved = parent.appendingPathComponent("site")
        try fm.moveItem(at: site.root, to: moved)
        return TestSite(root: moved)
    }

    private static func build(_ site: TestSite, output: URL? = nil, force: Bool = false, lockTimeout: TimeInterval = 0) throws -> BuildSummary {
        try SiteBuilder(options: BuildOptions(source: site.root, output: output, now: Date(timeIntervalSince1970: 1_900_000_000),
                                              force: force, lockTimeout: lockTimeout)).build()
    }

    private static func refusal(_ site: TestSite, output: URL?, force: Bool = false) -> SitegenError? {
        do {
            _ = try build(site, output: output, force: force)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            return SitegenError("\(error)")
        }
    }

    private static func temporary() -> URL {
        fm.temporaryDirectory.appendingPathComponent("sitegen-out-\(UUID().uuidString)")
    }

    @Test func anOutputThatContainsTheSourceIsRefusedEvenWithForce() throws {
        let parent = Self.temporary()
        defer { try? Self.fm.removeItem(at: parent) }
        let site = try Self.site(in: parent)
        try Data("keep me".utf8).write(to: parent.appendingPathComponent("notes.txt"))
        for output in [parent, site.root, URL(fileURLWithPath: site.root.path + "/Content/..")] {
            for force in [false, true] {
                let error = try #require(Self.refusal(site, output: output, force: force))
                #expect(error.isUsageError, "exit 2")
                #expect(error.diagnostics.first?.ruleID == "output-folder")
                #expect(error.diagnostics.first?.message.contains("source") == true)
            }
        }
        #expect(Self.fm.fileExists(atPath: parent.appendingPathComponent("notes.txt").path))
        #expect(Self.fm.fileExists(atPath: site.root.appendingPathComponent("Content/posts/a.md").path))
        #expect(Self.fm.fileExists(atPath: site.root.appendingPathComponent("sitegen.yml").path))
        let strays = try Self.fm.contentsOfDirectory(atPath: parent.path).filter { $0.contains("sitegen") }
        #expect(strays.isEmpty, "a refused build creates nothing: \(strays)")
    }

    @Test func aFolderOfOtherFilesIsReplacedOnlyWithForce() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("mydocs/thesis.tex", "\\documentclass{article}")
        let mydocs = site.root.appendingPathComponent("mydocs")
        let error = try #require(Self.refusal(site, output: mydocs))
        #expect(error.isUsageError)
        #expect(error.diagnostics.first?.message.contains("thesis.tex") == true)
        #expect(error.diagnostics.first?.hint?.contains("--force") == true)
        #expect(Self.fm.fileExists(atPath: mydocs.appendingPathComponent("thesis.tex").path), "nothing was changed")

        let summary = try Self.build(site, output: mydocs, force: true)
        #expect(summary.diagnostics.contains { $0.ruleID == "output-folder" && $0.message.contains("--force") })
        #expect(!Self.fm.fileExists(atPath: mydocs.appendingPathComponent("thesis.tex").path))
        #expect(Self.fm.fileExists(atPath: mydocs.appendingPathComponent(".sitegen-output").path))
        _ = try Self.build(site, output: mydocs)  // now sitegen's own: replaced without --force
    }

    @Test func contentAndThemesAreRefusedEvenWithForceAlsoThroughSymlinks() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("Themes/default/templates/page.mustache", "<p>{{page.title}}</p>")
        try Self.fm.createSymbolicLink(atPath: site.root.appendingPathComponent("linkroot").path, withDestinationPath: "Content")
        let outputs = ["Content", "Content/out", "Themes", "Themes/default", "linkroot", "linkroot/out"].map { site.root.appendingPathComponent($0) }
        for output in outputs {
            let error = try #require(Self.refusal(site, output: output, force: true), "\(output.path)")
            #expect(error.isUsageError)
            #expect(error.diagnostics.first?.hint?.contains("--output") == true)
        }
        #expect(!Self.fm.fileExists(atPath: site.root.appendingPathComponent("Content/out").path))
        #expect(Self.fm.fileExists(atPath: site.root.appendingPathComponent("Themes/default/templates/page.mustache").path))
        #expect(try Self.fm.contentsOfDirectory(atPath: site.root.appendingPathComponent("Content").path).sorted() == ["posts"])
    }

    @Test func missingEmptyAndMarkedFoldersAreReplaced() throws {
        let site = try Self.site()
        defer { site.remove() }
        let empty = site.root.appendingPathComponent("public")
        try Self.fm.createDirectory(at: empty, withIntermediateDirectories: true)
        let first = try Self.build(site, output: empty)
        #expect(!first.diagnostics.contains { $0.ruleID == "output-folder" })
        #expect(Self.fm.fileExists(atPath: empty.appendingPathComponent(".sitegen-output").path))
        #expect(Self.fm.fileExists(atPath: empty.appendingPathComponent("posts/a/index.html").path))
        try site.write("public/stale.html", "from an older build")
        _ = try Self.build(site, output: empty)
        #expect(!Self.fm.fileExists(atPath: empty.appendingPathComponent("stale.html").path))
        _ = try Self.build(site, output: site.root.appendingPathComponent("deep/new/out"))
        #expect(Self.fm.fileExists(atPath: site.root.appendingPathComponent("deep/new/out/index.html").path))
    }

    @Test func anOlderSitegenOutputIsAdoptedOnceWithANotice() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("Site/index.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"sitegen\"></head></html>")
        try site.write("Site/posts/gone/index.html", "an old post")
        let first = try Self.build(site)
        #expect(first.diagnostics.contains { $0.ruleID == "output-folder" && $0.message.contains("adopting") })
        #expect(site.exists(".sitegen-output"))
        #expect(!site.exists("posts/gone/index.html"))
        let second = try Self.build(site)
        #expect(!second.diagnostics.contains { $0.ruleID == "output-folder" })
        // A page that merely mentions sitegen is not sitegen's output.
        try site.write("other/index.html", "<p>I like sitegen</p>")
        #expect(Self.refusal(site, output: site.root.appendingPathComponent("other")) != nil)
    }

    @Test func aSecondBuildOfTheSameOutputWaitsOrRefusesNeverInterleaves() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site)
        let holder = try OutputTree(destination: site.output, source: site.root, lockTimeout: 0)
        try holder.write("posts/a/index.html", text: "first build")
        let error = try #require(Self.refusal(site, output: nil))
        #expect(error.diagnostics.first?.ruleID == "output-locked")
        #expect(error.diagnostics.first?.message.contains("process \(getpid())") == true)
        #expect(Self.fm.fileExists(atPath: holder.staging.path), "the other build's staging folder is left alone")
        #expect(site.exists("posts/a/index.html"))

        // A build that may wait starts when the first one is done, and writes the whole site itself.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { try? holder.commit() }
        _ = try Self.build(site, lockTimeout: 60)
        #expect(site.file("posts/a/index.html")?.contains("Alpha") == true)
        #expect(site.exists("index.html"))
    }

    @Test func theSwapIsOneAtomicExchange() throws {
        let root = Self.temporary()
        defer { try? Self.fm.removeItem(at: root) }
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        try Self.fm.createDirectory(at: a, withIntermediateDirectories: true)
        try Self.fm.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("A".utf8).write(to: a.appendingPathComponent("f"))
        try Data("B".utf8).write(to: b.appendingPathComponent("f"))
        #if os(Linux) || os(macOS)
        #expect(AtomicSwap.exchange(a.path, b.path))
        #expect(try String(contentsOf: a.appendingPathComponent("f"), encoding: .utf8) == "B")
        #expect(try String(contentsOf: b.appendingPathComponent("f"), encoding: .utf8) == "A")
        #endif
        #expect(!AtomicSwap.exchange(a.path, root.appendingPathComponent("missing").path))
    }

    @Test func foldersLeftByKilledBuildsAreRemovedWhateverTheirPid() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site)
        // Leftovers named after a dead pid, after this very (live) process, and after a reused pid.
        for name in [".Site.sitegen-staging-999999", ".Site.sitegen-old-999998", ".Site.sitegen-staging-\(getpid())", ".Site.sitegen-old-1"] {
            try site.write("\(name)/big/file.html", String(repeating: "x", count: 10_000))
        }
        try site.write(".Sitex.sitegen-staging-5/keep", "another output's")
        let summary = try Self.build(site)
        let left = try Self.fm.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sitegen-") }.sorted()
        #expect(left == [".Site.sitegen-lock", ".Sitex.sitegen-staging-5"])
        #expect(summary.diagnostics.contains { $0.severity == .note && $0.message.contains("removed 4") })
    }

    @Test func anOutputMissingAfterAnInterruptedSwapIsRestoredFromTheOldFolder() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site)
        try Self.fm.moveItem(at: site.output, to: site.root.appendingPathComponent(".Site.sitegen-old-4242"))
        try site.write("Themes/default/templates/post.mustache", "{{#broken}}never closed")
        #expect(Self.refusal(site, output: nil) != nil, "this build fails")
        #expect(site.file("posts/a/index.html")?.contains("Alpha") == true, "the previous output is back")
        #expect(!Self.fm.fileExists(atPath: site.root.appendingPathComponent(".Site.sitegen-old-4242").path))
    }

    @Test func aMissingSourceFolderIsAUsageError() throws {
        let missing = Self.temporary()
        do {
            _ = try SiteBuilder(options: BuildOptions(source: missing)).build()
            Issue.record("expected an error")
        } catch let error as SitegenError {
            #expect(error.isUsageError)
            #expect(error.diagnostics.first?.hint?.contains("--source") == true)
        }
        #expect(!Self.fm.fileExists(atPath: missing.path), "nothing is created for a missing source")
    }
}
