import SitegenCore

/// Shared lookups for claim findings.
struct ClaimFindingContext {
    let corpus: Corpus
    let statements: [ClaimStatement]
    let sequences: [[Int]]

    func documentID(_ statement: ClaimStatement) -> String {
        corpus.documents[Int(corpus.passages[statement.passage].document)].id
    }

    func document(_ statement: ClaimStatement) -> Int32 {
        corpus.passages[statement.passage].document
    }

    func sectionID(_ statement: ClaimStatement) -> String? {
        let section = corpus.sections[Int(corpus.passages[statement.passage].section)]
        return section.level > 0 ? section.id : nil
    }

    func location(_ statement: ClaimStatement) -> SourceLocation {
        corpus.passages[statement.passage].location
    }
}
