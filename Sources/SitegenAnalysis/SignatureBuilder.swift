/// Computes MinHash band keys for every unit, bottom-up over the section tree so each shingle is hashed once:
/// a section's signature is the element-wise minimum of its own passages' and its subsections' signatures.
struct SignatureBuilder {
    let corpus: Corpus
    let units: [RewriteUnit]
    let shingler: Shingler
    private let hasher = MinHasher()

    init(corpus: Corpus, units: [RewriteUnit], shingler: Shingler) {
        self.corpus = corpus
        self.units = units
        self.shingler = shingler
    }

    /// The sketch of every unit, parallel to `units`; chunks of top-level units are hashed on all cores.
    func signatures() -> [UnitSignature] {
        var unitOfSection: [Int32: Int] = [:]
        for (index, unit) in units.enumerated() where isWholeSection(unit) { unitOfSection[unit.section] = index }
        let tops = units.indices.filter { units[$0].isTop }
        let parts = Parallel.chunks(tops.count) { range -> [(Int, UnitSignature)] in
            var keys: [(Int, UnitSignature)] = []
            for index in tops[range] {
                let unit = units[index]
                if isWholeSection(unit) {
                    _ = signature(section: Int(unit.section), unitOfSection: unitOfSection, keys: &keys)
                } else {
                    var signature = MinHasher.empty
                    add(passages: Int(unit.passageStart)..<Int(unit.passageEnd), to: &signature)
                    keys.append((index, UnitSignature(signature: signature)))
                }
            }
            return keys
        }
        var keys = [UnitSignature](repeating: UnitSignature(), count: units.count)
        for part in parts { for (index, value) in part { keys[index] = value } }
        return keys
    }

    private func isWholeSection(_ unit: RewriteUnit) -> Bool {
        unit.passageEnd == corpus.sections[Int(unit.section)].passageEnd
            && unit.passageStart == corpus.sections[Int(unit.section)].passageStart
    }

    private func signature(section: Int, unitOfSection: [Int32: Int], keys: inout [(Int, UnitSignature)]) -> [UInt64] {
        let record = corpus.sections[section]
        var combined = MinHasher.empty
        add(passages: Int(record.passageStart)..<Int(record.ownEnd), to: &combined)
        for child in record.children where !corpus.sections[Int(child)].isApparatus {
            MinHasher.merge(signature(section: Int(child), unitOfSection: unitOfSection, keys: &keys), into: &combined)
        }
        if let unit = unitOfSection[Int32(section)] { keys.append((unit, UnitSignature(signature: combined))) }
        return combined
    }

    private func add(passages: Range<Int>, to signature: inout [UInt64]) {
        shingler.forEachShingle(corpus, passages: passages) { hasher.add($0, to: &signature) }
    }
}
