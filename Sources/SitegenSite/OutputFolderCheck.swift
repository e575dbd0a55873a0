import Foundation
import SitegenCore

/// Decides whether a build may replace its output folder, before any work is done.
///
/// The rules (README, "The output folder"): an output that is the site's source, contains it, or lies in
/// `Content/` or `Themes/` — symbolic links followed — is always refused. Otherwise a folder is replaced only
/// when it is missing, empty, or carries the `.sitegen-output` marker a build leaves; an older sitegen output
/// (sitegen's generator tag in its `index.html`, no marker yet) is adopted with a notice; anything else needs
/// `--force`.
struct OutputFolderCheck {
    /// The marker file every build writes at the top of its output.
    static let marker = ".sitegen-output"

    /// The physical path of the output folder, to build beside and swap.
    let destination: URL
    /// Notices for the build summary (an adopted or forced folder).
    let notices: [Diagnostic]

    /// Checks `output` for a site rooted at `source`; throws a usage error (exit 2) on refusal.
    init(output: URL, source: URL, force: Bool) throws {
        let shown = output.path
        if ResolvedPath.isDanglingLink(shown) {
            throw Self.refusal("\(shown) is a symbolic link to a folder that does not exist",
                               at: shown, hint: "create the folder it points to, or remove the link")
        }
        let out = ResolvedPath.of(output)
        let src = ResolvedPath.of(source)
        let inputs = [("Content", "the site's content"), ("Themes", "the site's themes")].map {
            (path: ResolvedPath.of(source.appendingPathComponent($0.0)), name: $0.0, what: $0.1)
        }
        let home = ResolvedPath.of(FileManager.default.homeDirectoryForCurrentUser)
        if out == "/" || out == home {
            throw Self.refusal("refusing to replace \(out)", at: shown, hint: "use --output Site (the default) or another new folder")
        }
        if ResolvedPath.isWithin(src, out) {
            let what = out == src ? "is the site's source folder" : "contains the site's source folder \(src)"
            throw Self.refusal("the output folder \(shown) \(what); replacing it would delete Content/ and sitegen.yml",
                               at: shown, hint: "use --output Site (the default) or another folder outside the source")
        }
        for input in inputs where ResolvedPath.isWithin(out, input.path) || ResolvedPath.isWithin(input.path, out) {
            let how = out == output.standardizedFileURL.path ? "" : " (through a symbolic link: \(out))"
            throw Self.refusal("the output folder \(shown) would overwrite \(input.what) in \(input.name)/\(how)",
                               at: shown, hint: "use --output Site (the default) or another folder outside \(input.name)/")
        }
        destination = URL(fileURLWithPath: out)
        notices = try Self.existingFolderNotices(out, shown: shown, force: force)
    }

    /// What replacing an existing `path` means: nothing to say, a notice, or a refusal.
    private static func existingFolderNotices(_ path: String, shown: String, force: Bool) throws -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            throw refusal("the output \(shown) is a file, not a folder", at: shown, hint: "choose a folder with --output")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw refusal("cannot read the output folder \(shown): \(error.localizedDescription)", at: shown, hint: "check its permissions")
        }
        if entries.isEmpty || entries.contains(marker) { return [] }
        if madeBySitegen(path) {
            return [.warning("adopting \(shown), made by an earlier sitegen: it is replaced by this build and now carries a \(marker) marker",
                             at: SourceLocation(file: shown), rule: "output-folder")]
        }
        if force {
            return [.warning("replacing \(shown), which was not made by sitegen, because of --force", at: SourceLocation(file: shown), rule: "output-folder")]
        }
        let sample = entries.sorted().prefix(3).joined(separator: ", ")
        throw refusal("the output folder \(shown) holds files sitegen did not make (\(sample)\(entries.count > 3 ? ", …" : "")); nothing was changed",
                      at: shown, hint: "choose a new or empty folder with --output, or pass --force to replace it and everything in it")
    }

    /// An output folder from before the marker: its home page carries sitegen's generator tag.
    private static func madeBySitegen(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path + "/index.html") else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 8192), as: UTF8.self)
        return head.contains("<meta name=\"generator\" content=\"sitegen")
    }

    private static func refusal(_ message: String, at path: String, hint: String) -> SitegenError {
        SitegenError("refusing to write the site into \(path)", diagnostics: [
            .error(message, at: SourceLocation(file: path), rule: "output-folder", hint: hint),
        ], isUsageError: true)
    }
}
