import Foundation

/// Language names of BibLaTeX `langid`/`hyphenation` and the localisation keys pandoc resolves in `type` fields.
enum BibTeXLanguages {
    private static let ietfMap: [String: String] = [
        "english": "en-US", "american": "en-US", "british": "en-GB", "australian": "en-AU", "newzealand": "en-NZ",
        "canadian": "en-CA", "usenglish": "en-US", "ukenglish": "en-GB", "german": "de-DE", "ngerman": "de-DE",
        "austrian": "de-AT", "french": "fr-FR", "spanish": "es-ES", "italian": "it-IT", "dutch": "nl-NL",
        "portuguese": "pt-PT", "brazilian": "pt-BR", "russian": "ru-RU", "polish": "pl-PL", "swedish": "sv-SE",
        "danish": "da-DK", "norwegian": "nb-NO", "finnish": "fi-FI", "czech": "cs-CZ", "greek": "el-GR",
        "japanese": "ja-JP", "chinese": "zh-CN", "turkish": "tr-TR", "hungarian": "hu-HU", "latin": "la",
    ]

    /// The IETF tag for a BibLaTeX language name; unknown names are returned as written.
    static func ietf(_ name: String) -> String {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return ietfMap[key] ?? key
    }

    /// True when titles in this language are English (and so get turned to sentence case).
    static func isEnglish(_ name: String) -> Bool {
        ietf(name).hasPrefix("en")
    }

    private static let keys: [String: String] = [
        "mathesis": "Master’s thesis", "phdthesis": "PhD thesis", "candthesis": "Candidate thesis",
        "techreport": "technical report", "resreport": "research report", "software": "computer software",
        "datacd": "CD-ROM", "audiocd": "audio CD", "patent": "patent", "patentus": "U.S. patent",
        "inpress": "in press", "forthcoming": "forthcoming", "inpreparation": "in preparation",
        "submitted": "submitted", "prepublished": "pre-published",
    ]

    /// Resolves a BibLaTeX localisation key ("mathesis") to English text; other text is kept.
    static func resolveKey(_ text: String) -> String {
        keys[text.trimmingCharacters(in: .whitespaces).lowercased()] ?? text
    }
}

