extension CSLName {
    /// Moves particles written inside the name parts into their own fields, as citeproc-js and pandoc do for
    /// CSL-JSON: leading lower-case words of the family name ("van der Vlist", "d'Aubignac", "al-One") become
    /// the non-dropping particle, trailing lower-case words of the given name ("Alexander von") the dropping
    /// particle. A family name in double quotes ("\"Van Dyke\"") is taken as written, without the quotes.
    func parsingParticles(parseNames: Bool = true) -> CSLName {
        var n = self
        if let f = n.family, f.count > 2, f.hasPrefix("\""), f.hasSuffix("\"") {
            n.family = String(f.dropFirst().dropLast())
            return n
        }
        guard parseNames, literal == nil else { return n }
        if n.nonDroppingParticle == nil, let family = n.family {
            var words = family.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particle: [String] = []
            while words.count > 1, Self.isParticleWord(words[0]) {
                particle.append(words.removeFirst())
            }
            if let first = words.first, let glued = Self.gluedParticle(first) {
                particle.append(glued.particle)
                words[0] = glued.rest
                n.nonDroppingParticle = particle.joined(separator: " ")
                n.family = words.joined(separator: " ")
            } else if !particle.isEmpty {
                // "de' Frinkle": a particle ending in an apostrophe but written apart keeps its space.
                let spaced = particle.last.map { $0.hasSuffix("'") || $0.hasSuffix("’") } ?? false
                n.nonDroppingParticle = particle.joined(separator: " ") + (spaced ? " " : "")
                n.family = words.joined(separator: " ")
            }
        }
        if n.droppingParticle == nil, let given = n.given {
            var words = given.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particle: [String] = []
            while words.count > 1, let last = words.last, Self.isParticleWord(last) {
                particle.insert(words.removeLast(), at: 0)
            }
            if !particle.isEmpty {
                n.droppingParticle = particle.joined(separator: " ")
                n.given = words.joined(separator: " ")
            }
        }
        return n
    }

    /// A word that starts with a lower-case letter ("van", "d'", "de la"), after an elision apostrophe ("'t").
    private static func isParticleWord(_ word: String) -> Bool {
        let body = word.drop { $0 == "'" || $0 == "’" }
        guard let first = body.first(where: { $0.isLetter }) else { return false }
        return first.isLowercase && body.first == first
    }

    /// "d'Aubignac" → ("d'", "Aubignac"); "al-One" → ("al-", "One").
    private static func gluedParticle(_ word: String) -> (particle: String, rest: String)? {
        guard let first = word.first, first.isLetter, first.isLowercase else { return nil }
        guard let cut = word.firstIndex(where: { $0 == "'" || $0 == "’" || $0 == "-" }) else { return nil }
        let head = word[..<cut]
        let rest = word[word.index(after: cut)...]
        guard head.count <= 3, head.allSatisfy({ $0.isLetter && $0.isLowercase }),
              let r = rest.first, r.isUppercase else { return nil }
        return (String(word[...cut]), String(rest))
    }
}
