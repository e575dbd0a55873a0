import Foundation
import SitegenXML

/// Localized terms, date formats and punctuation rules of one language (CSL `<locale>`).
public struct CSLLocale: Sendable {
    struct Term: Sendable {
        var single: String
        var multiple: String
        /// An ordinal's `match` (`last-digit`, `last-two-digits`, `whole-number`); nil: the default.
        var match: String? = nil
    }

    /// The language tag, e.g. `en-US`.
    public var language: String
    /// Terms keyed `name|form`, or `name|form|gender` for an ordinal's gendered variant (`gender-form`).
    var terms: [String: Term] = [:]
    /// The grammatical gender of nouns (`gender` on `edition`, `month-01`…), which selects gendered ordinals.
    var genders: [String: String] = [:]
    var dateFormats: [String: CSLDateNode] = [:]
    var punctuationInQuote = false
    var limitDayOrdinalsToDay1 = false

    init(language: String) { self.language = language }

    /// American English: the CSL project's `locales-en-US.xml` (CC BY-SA 3.0), carried in the binary.
    public static let enUS: CSLLocale = {
        parse(CSLStyle.embeddedText("locales-en-US.xml") ?? "", base: nil) ?? CSLLocale(language: "en-US")
    }()

    /// Reads a CSL locale file's text; terms it lacks fall back to `base` (nil: nothing).
    public static func parse(_ xml: String, base: CSLLocale?) -> CSLLocale? {
        guard let doc = try? XMLTreeParser.parseXML(Data(xml.utf8)), doc.root.name == "locale" else { return nil }
        var locale = base ?? CSLLocale(language: "en-US")
        locale.language = doc.root.attribute("xml:lang") ?? doc.root.attribute("lang") ?? locale.language
        locale.punctuationInQuote = false
        locale.limitDayOrdinalsToDay1 = false
        locale.merge(doc.root, diagnostics: nil)
        locale.finishBlock()
        return locale
    }

    /// The embedded locale for a language tag: en-US (other languages are read by `CSLLocaleResolver`).
    public static func builtin(_ language: String?) -> CSLLocale { .enUS }

    /// Adds the terms, date formats and options of a `<locale>` element (overriding existing ones).
    mutating func merge(_ element: XMLElement, diagnostics: CSLStyleParser.DiagnosticSink?) {
        for child in element.elements {
            switch child.name {
            case "terms":
                for t in child.elements(named: "term") { addTerm(t) }
            case "date":
                guard let form = child.attribute("form") else { continue }
                dateFormats[form] = CSLStyleParser.dateNode(child, sink: diagnostics)
            case "style-options":
                if let p = child.attribute("punctuation-in-quote") { punctuationInQuote = p == "true" }
                if let l = child.attribute("limit-day-ordinals-to-day-1") { limitDayOrdinalsToDay1 = l == "true" }
            default: continue
            }
        }
    }

    private mutating func addTerm(_ t: XMLElement) {
        guard let name = t.attribute("name") else { return }
        let form = t.attribute("form") ?? "long"
        if name.hasPrefix("ordinal") {
            // A style redefining any ordinal replaces the whole ordinal set (CSL 1.0.1 rule).
            if !definingOrdinals {
                terms = terms.filter { !$0.key.hasPrefix("ordinal") }
                definingOrdinals = true
            }
        }
        let single = t.element(named: "single")?.text ?? t.text
        let multiple = t.element(named: "multiple")?.text ?? single
        let genderForm = t.attribute("gender-form").map { "|" + $0 } ?? ""
        terms[name + "|" + form + genderForm] = Term(single: single, multiple: multiple, match: t.attribute("match"))
        // A noun keeps the gender its locale gives it when a style redefines it without one.
        if let gender = t.attribute("gender") { genders[name] = gender }
    }

    private var definingOrdinals = false

    /// Marks the end of one `<locale>` block so a later block's ordinals replace these again.
    mutating func finishBlock() { definingOrdinals = false }

    /// Looks up a term with CSL's form fallbacks (verb-short → verb → long, symbol → short → long).
    func term(_ name: String, form: String = "long", plural: Bool = false) -> String? {
        var f = form
        var guardCount = 0
        while guardCount < 4 {
            guardCount += 1
            if let t = terms[name + "|" + f] { return plural ? t.multiple : t.single }
            switch f {
            case "verb-short": f = "verb"
            case "symbol": f = "short"
            case "verb", "short": f = "long"
            default: return nil
            }
        }
        return nil
    }

    /// The gender of the noun a number qualifies (`edition`, `issue`, `month-03`), nil when the locale gives none.
    func gender(of noun: String) -> String? { genders[noun] }

    /// An ordinal term in the noun's gender, else its neuter variant (CSL 1.0.2 "Gender-specific Ordinals");
    /// with no gender asked, the neuter variant, else the masculine one.
    private func ordinalTerm(_ name: String, gender: String?) -> Term? {
        if let gender { return terms[name + "|long|" + gender] ?? terms[name + "|long"] }
        return terms[name + "|long"] ?? terms[name + "|long|masculine"] ?? terms[name + "|long|feminine"]
    }

    /// The ordinal suffix of `n` ("st", "nd", "th") for a noun of `gender`: `ordinal-10`…`ordinal-99` match the
    /// last two digits, `ordinal-00`…`ordinal-09` the last digit (or, by their `match`, the last two digits or
    /// the whole number); the two-digit terms win; else `ordinal`.
    func ordinalSuffix(_ n: Int, gender: String? = nil) -> String {
        let whole = abs(n), two = whole % 100, one = whole % 10
        if two >= 10, let t = ordinalTerm(String(format: "ordinal-%02d", two), gender: gender), t.match != "whole-number" || whole == two {
            return t.single
        }
        if let t = ordinalTerm(String(format: "ordinal-%02d", one), gender: gender) {
            switch t.match {
            case "whole-number": if whole == one { return t.single }
            case "last-two-digits": if two == one { return t.single }
            default: return t.single
            }
        }
        return ordinalTerm("ordinal", gender: gender)?.single ?? "th"
    }

    /// The long ordinal ("first") for 1…10 in the noun's gender, else the ordinal.
    func longOrdinal(_ n: Int, gender: String? = nil) -> String {
        if (1...10).contains(n), let t = ordinalTerm(String(format: "long-ordinal-%02d", n), gender: gender) { return t.single }
        return "\(n)" + ordinalSuffix(n, gender: gender)
    }
}
