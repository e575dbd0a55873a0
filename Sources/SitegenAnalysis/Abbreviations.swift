/// Words after which a full stop does not end a sentence ("e.g.", "et al.", "Fig.").
enum Abbreviations {
    static let hashes: Set<UInt64> = Set([
        "eg", "ie", "vs", "etc", "al", "fig", "figs", "eq", "eqs", "dr", "mr", "mrs", "ms", "prof", "no", "cf",
        "approx", "st", "jr", "sr", "inc", "ltd", "co", "pp", "vol", "sec", "ch", "ca", "resp", "viz", "nos",
    ].map { word in word.utf8.reduce(Tokenizer.fnvOffset) { ($0 ^ UInt64($1)) &* Tokenizer.fnvPrime } })
}
