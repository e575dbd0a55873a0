import Foundation

/// Reproducible dates for Quarto's `date: today` and `last-modified`: the file's last git commit date, else
/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else the file's modification time.
enum SourceDates {
    static func lastChange(of file: URL, in root: URL) -> Date {
        if let date = gitDate(of: file, in: root) { return date }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        return (attributes?[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
    }

    /// `git log -1 --format=%ct -- file`, when git is installed and the file is committed.
    private static func gitDate(of file: URL, in root: URL) -> Date? {
        let candidates = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"]
        guard let git = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", root.path, "log", "-1", "--format=%ct", "--", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              let seconds = Double(text) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// `2024-05-01T12:00:00Z`.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
