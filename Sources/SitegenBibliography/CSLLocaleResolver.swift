import Foundation
import SitegenCore

/// Finds the CSL locale for a language tag, as pandoc does for `lang:`: the embedded en-US, else
/// `locales-<tag>.xml` from the site (`Content/`, then the root) or the installed CSL locales (Debian's
/// `citation-style-language-locales`). A bare language (`de`) uses its primary dialect (`de-DE`). Terms a locale
/// lacks fall back to en-US. Locales are read once per process.
public struct CSLLocaleResolver: Sendable {
    /// The site root.
    public var root: URL
    /// Folders of installed locales, searched after the site.
    public var systemFolders: [String]

    /// The folder Debian's `citation-style-language-locales` installs into.
    public static let debianLocales = "/usr/share/citation-style-language/locales"

    /// Creates a resolver for the site at `root`.
    public init(root: URL, systemFolders: [String] = [CSLLocaleResolver.debianLocales]) {
        self.root = root
        self.systemFolders = systemFolders
    }

    /// Primary dialects of bare language codes (the CSL project's `locales.json`, for the common ones).
    static let primaryDialects = [
        "af": "af-ZA", "ar": "ar", "bg": "bg-BG", "ca": "ca-AD", "cs": "cs-CZ", "cy": "cy-GB", "da": "da-DK", "de": "de-DE",
        "el": "el-GR", "en": "en-US", "es": "es-ES", "et": "et-EE", "eu": "eu", "fa": "fa-IR", "fi": "fi-FI", "fr": "fr-FR",
        "he": "he-IL", "hr": "hr-HR", "hu": "hu-HU", "id": "id-ID", "is": "is-IS", "it": "it-IT", "ja": "ja-JP", "km": "km-KH",
        "ko": "ko-KR", "la": "la", "lt": "lt-LT", "lv": "lv-LV", "mn": "mn-MN", "nb": "nb-NO", "nl": "nl-NL", "nn": "nn-NO",
        "pl": "pl-PL", "pt": "pt-PT", "ro": "ro-RO", "ru": "ru-RU", "sk": "sk-SK", "sl": "sl-SI", "sr": "sr-RS", "sv": "sv-SE",
        "th": "th-TH", "tr": "tr-TR", "uk": "uk-UA", "vi": "vi-VN", "zh": "zh-CN",
    ]

    /// The locale for `language` (nil or en-US: the embedded one); a warning when no file is found.
    public func locale(for language: String?) -> (locale: CSLLocale, diagnostics: [Diagnostic]) {
        guard var tag = language?.trimmingCharacters(in: .whitespaces), !tag.isEmpty else { return (.enUS, []) }
        tag = tag.replacingOccurrences(of: "_", with: "-")
        if !tag.contains("-") { tag = Self.primaryDialects[tag.lowercased()] ?? tag }
        if tag.lowercased() == "en-us" { return (.enUS, []) }
        let file = "locales-\(tag).xml"
        let candidates = [root.appendingPathComponent("Content/" + file).path, root.appendingPathComponent(file).path]
            + systemFolders.map { $0 + "/" + file }
        for path in candidates {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let parsed = Self.cache.value(path: path, contents: text) { CSLLocale.parse(text, base: .enUS) }
            if let locale = parsed { return (locale, []) }
        }
        let warning = Diagnostic.warning(
            "no CSL locale for language '\(tag)'; citations use en-US terms", at: SourceLocation(file: "sitegen.yml"), rule: "csl-locale",
            hint: "install citation-style-language-locales or put \(file) in Content/")
        return (.enUS, [warning])
    }

    /// The locale for `language` from the embedded en-US or the installed locales only (no site folder).
    public static func installed(_ language: String?) -> CSLLocale {
        CSLLocaleResolver(root: URL(fileURLWithPath: "/nonexistent-site")).locale(for: language).locale
    }

    private static let cache = ParseCache<CSLLocale?>(capacity: 16)
}
