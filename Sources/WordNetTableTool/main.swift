import Foundation

// Writes `WordNetTable.swift` for the WordNetTable build-tool plugin: a compact table derived from the WordNet
// database files (Debian's wordnet-base: index.*, data.*, *.exc) that maps every single English word WordNet knows
// (letters a–z only, irregular inflections included) to its concepts: the synsets of its three most frequent
// senses per part of speech, then the
// synsets those are directly tied to (hypernyms, instance hypernyms, similar-to adjectives, verb groups,
// attributes). Concept ids are dense integers written in base 36.
//
// Usage: WordNetTableTool <output.swift> <wordnet dict folder>
// When the folder has no WordNet files the table is empty and `available` is false (analysis then compares
// words exactly); the build goes on.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: WordNetTableTool <output.swift> <wordnet dict folder>\n".utf8))
    exit(2)
}
let output = arguments[1]
let folder = URL(fileURLWithPath: arguments[2])
let parts = ["noun", "verb", "adj", "adv"]

func read(_ name: String) -> String? {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}

func isPlainWord<S: StringProtocol>(_ word: S) -> Bool {
    word.utf8.count >= 2 && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
}

/// Synset key: part of speech index × 10^9 + byte offset in its data file.
func key(_ part: Int, _ offset: Substring) -> Int { part * 1_000_000_000 + (Int(offset) ?? 0) }

/// Dense concept ids, in order of first use.
struct Numbering {
    private var ids: [Int: Int] = [:]

    mutating func id(_ key: Int) -> Int {
        if let id = ids[key] { return id }
        let id = ids.count
        ids[key] = id
        return id
    }
}
var numbering = Numbering()

/// Pointers kept from a synset to another: hypernym, instance hypernym, similar to, verb group, attribute.
let relatedPointers: Set<Substring> = ["@", "@i", "&", "$", "="]
let partOfPointer: [Substring: Int] = ["n": 0, "v": 1, "a": 2, "s": 2, "r": 3]

/// Senses kept per word and part of speech.
let maxSenses = 3
var senses: [String: [Int]] = [:]        // lemma → synset keys, in sense order
var related: [Int: [Int]] = [:]          // synset key → related synset keys
var complete = true
for (p, part) in parts.enumerated() {
    guard let index = read("index.\(part)"), let data = read("data.\(part)") else {
        complete = false
        break
    }
    for line in index.split(separator: "\n") where !line.hasPrefix(" ") {
        let fields = line.split(separator: " ")
        guard fields.count > 4, isPlainWord(fields[0]), let count = Int(fields[2]), fields.count >= count else { continue }
        // Senses are listed most frequent first; rare senses ("show" as a noun for evidence) match too much.
        senses[String(fields[0]), default: []] += fields.suffix(count).prefix(maxSenses).map { key(p, $0) }
    }
    for line in data.split(separator: "\n") where !line.hasPrefix(" ") {
        let fields = line.split(separator: " ")
        guard fields.count > 4, let words = Int(fields[3], radix: 16) else { continue }
        var i = 4 + 2 * words
        guard i < fields.count, let pointers = Int(fields[i]) else { continue }
        i += 1
        var targets: [Int] = []
        for _ in 0..<pointers where i + 3 < fields.count {
            if relatedPointers.contains(fields[i]), let q = partOfPointer[fields[i + 2]] {
                targets.append(key(q, fields[i + 1]))
            }
            i += 4
        }
        related[key(p, fields[0])] = targets
    }
}

// Irregular inflections (mice → mouse, went → go, better → good) get the concepts of their base forms.
var inflections: [String: [String]] = [:]
if complete {
    for part in parts {
        guard let text = read("\(part).exc") else { continue }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, isPlainWord(fields[0]) else { continue }
            inflections[String(fields[0]), default: []] += fields.dropFirst().filter { isPlainWord($0) }.map(String.init)
        }
    }
}

var lines: [String] = []
if complete {
    var words = Set(senses.keys)
    words.formUnion(inflections.keys)
    for word in words.sorted() {
        var synsets = senses[word] ?? []
        for base in inflections[word] ?? [] where base != word { synsets += senses[base] ?? [] }
        guard !synsets.isEmpty else { continue }
        var own: [Int] = [], seen = Set<Int>()
        for s in synsets where seen.insert(s).inserted { own.append(numbering.id(s)) }
        var wider: [Int] = []
        for s in synsets {
            for r in related[s] ?? [] where seen.insert(r).inserted { wider.append(numbering.id(r)) }
        }
        let encode = { (ids: [Int]) in ids.sorted().map { String($0, radix: 36) }.joined(separator: " ") }
        lines.append("\(word)\t\(encode(own))|\(encode(wider))")
    }
}

let source = """
// Generated at build time by the WordNetTable plugin from \(complete ? folder.path : "no WordNet files (table empty)") — never edit or commit.
// WordNet 3.0 © 2006 Princeton University, under the WordNet 3.0 license (docs/analysis.md).

/// Words → WordNet concepts, one line per word sorted by word (byte order): `word<TAB>synsets|related synsets`, ids in base 36.
enum WordNetTable {
    /// False when the build found no WordNet files: every word then has no concepts.
    static let available = \(complete && !lines.isEmpty)
    /// The lines, separated by newlines (empty without WordNet).
    static let text: StaticString = #\"\"\"
\(lines.joined(separator: "\n"))
\"\"\"#
}

"""
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("WordNetTableTool: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
if !complete {
    print("WordNetTable: no WordNet database under \(folder.path) (install wordnet-base); words are compared exactly")
}
