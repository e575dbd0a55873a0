/// One linear pass over XML bytes (UTF-8 or another ASCII-compatible encoding) before libxml2 parses them:
/// counts elements, depth and attributes per element against `XMLLimits`, and adds up what the internally
/// declared entities would expand to wherever they are referenced — in text and in attribute values, where
/// libxml2 expands them while parsing, before any later budget can act.
struct XMLStructureScanner {
    /// What the scan found.
    struct Report {
        /// The first structural limit crossed, if any.
        var violation: XMLLimitError?
        /// Bytes the declared entities would add when expanded everywhere they are referenced (saturating).
        var entityExpansion = 0
        /// Names of the general entities declared in the internal subset.
        var declaredEntities: Set<String> = []
        /// Byte ranges of the `<!ENTITY …>` declarations of general entities.
        var declarationRanges: [Range<Int>] = []
        /// 1-based line of the first entity declaration.
        var firstDeclarationLine = 0
    }

    let limits: XMLLimits
    private static let unbounded = Int.max / 4

    /// Scans `bytes`.
    func scan(_ bytes: [UInt8]) -> Report {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>) -> Report {
        var report = Report()
        var values: [String: [UInt8]] = [:]
        var references: [(name: String, count: Int)] = []
        var referenceCounts: [String: Int] = [:]
        var line = 1
        var lineStart = 0
        var depth = 0
        var elements = 0
        var i = 0
        let n = b.count

        func advance(to end: Int) {
            var k = i
            while k < end && k < n {
                if b[k] == 0x0A {
                    line += 1
                    lineStart = k + 1
                }
                k += 1
            }
            i = min(end, n)
        }
        func find(_ pattern: [UInt8], from start: Int) -> Int {
            var k = start
            while k + pattern.count <= n {
                if b[k] == pattern[0] {
                    var match = true
                    for m in 1..<pattern.count where b[k + m] != pattern[m] {
                        match = false
                        break
                    }
                    if match { return k }
                }
                k += 1
            }
            return n
        }
        func starts(_ pattern: [UInt8], at k: Int) -> Bool {
            guard k + pattern.count <= n else { return false }
            for m in 0..<pattern.count where b[k + m] != pattern[m] { return false }
            return true
        }
        func count(reference name: String) {
            referenceCounts[name, default: 0] += 1
        }
        /// The entity name of a reference `&name;` at `k`, and the index after it.
        func reference(at k: Int) -> (String, Int)? {
            var j = k + 1
            guard j < n, b[j] != UInt8(ascii: "#") else { return nil }
            while j < n, j - k <= 64, Self.isNameByte(b[j]) { j += 1 }
            guard j > k + 1, j < n, b[j] == UInt8(ascii: ";") else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<j]), as: UTF8.self), j + 1)
        }

        while i < n {
            let byte = b[i]
            if byte == 0x0A {
                line += 1
                lineStart = i + 1
                i += 1
            } else if byte == UInt8(ascii: "&") {
                if let (name, end) = reference(at: i) {
                    count(reference: name)
                    i = end
                } else {
                    i += 1
                }
            } else if byte != UInt8(ascii: "<") {
                i += 1
            } else if starts(Self.commentOpen, at: i) {
                advance(to: find(Self.commentClose, from: i + 4) + 3)
            } else if starts(Self.cdataOpen, at: i) {
                advance(to: find(Self.cdataClose, from: i + 9) + 3)
            } else if starts(Self.piOpen, at: i) {
                advance(to: find(Self.piClose, from: i + 2) + 2)
            } else if starts(Self.doctypeOpen, at: i) {
                let end = doctypeEnd(b, from: i + 9) { range in
                    guard let (name, value) = Self.entityDeclaration(b, range) else { return }
                    if report.declaredEntities.isEmpty { report.firstDeclarationLine = line + Self.newlines(b, i..<range.lowerBound) }
                    report.declaredEntities.insert(name)
                    report.declarationRanges.append(range)
                    if values[name] == nil { values[name] = value }
                }
                advance(to: end)
            } else if i + 1 < n, b[i + 1] == UInt8(ascii: "/") {
                depth = max(0, depth - 1)
                advance(to: find([UInt8(ascii: ">")], from: i + 2) + 1)
            } else if i + 1 < n, Self.isNameStart(b[i + 1]) {
                let column = i - lineStart + 1
                let tagLine = line
                elements += 1
                var j = i + 1
                while j < n, Self.isNameByte(b[j]) { j += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
                if elements > limits.maxElements, report.violation == nil {
                    report.violation = XMLLimitError(line: tagLine, column: column,
                        message: "more than \(limits.maxElements) elements (the limit); the document was not parsed")
                    return report
                }
                var attributes = 0
                var selfClosing = false
                var closed = false
                while j < n {
                    let c = b[j]
                    if c == UInt8(ascii: ">") {
                        closed = true
                        j += 1
                        break
                    } else if c == UInt8(ascii: "/"), j + 1 < n, b[j + 1] == UInt8(ascii: ">") {
                        selfClosing = true
                        closed = true
                        j += 2
                        break
                    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        var k = j + 1
                        while k < n, b[k] != c {
                            if b[k] == UInt8(ascii: "&"), let (entity, end) = reference(at: k) {
                                count(reference: entity)
                                k = end
                            } else {
                                k += 1
                            }
                        }
                        j = k + 1
                    } else if c == UInt8(ascii: "<") {
                        break
                    } else if Self.isNameStart(c) {
                        attributes += 1
                        if attributes > limits.maxAttributesPerElement {
                            report.violation = XMLLimitError(line: tagLine, column: column,
                                message: "element <\(name)> has more than \(limits.maxAttributesPerElement) attributes "
                                    + "(the limit); the document was not parsed")
                            return report
                        }
                        while j < n, Self.isNameByte(b[j]) { j += 1 }
                    } else {
                        j += 1
                    }
                }
                if closed, !selfClosing {
                    depth += 1
                    if depth > limits.maxDepth {
                        report.violation = XMLLimitError(line: tagLine, column: column,
                            message: "elements nested more than \(limits.maxDepth) deep (the limit) at <\(name)>; "
                                + "the document was not parsed")
                        return report
                    }
                }
                advance(to: j)
            } else {
                i += 1
            }
        }
        for (name, count) in referenceCounts where values[name] != nil {
            references.append((name, count))
        }
        var sizes: [String: Int] = [:]
        var total = 0
        for (name, count) in references {
            let size = expandedSize(name, values: values, sizes: &sizes, depth: 0)
            total = Self.add(total, Self.multiply(size, count))
        }
        report.entityExpansion = total
        return report
    }

    /// What entity `name` expands to, in bytes, references inside it expanded too; cycles and nesting deeper
    /// than 16 count as unbounded.
    private func expandedSize(_ name: String, values: [String: [UInt8]], sizes: inout [String: Int], depth: Int) -> Int {
        if let known = sizes[name] { return known }
        guard let value = values[name], depth < 16 else { return Self.unbounded }
        sizes[name] = Self.unbounded  // a cycle reaching this entity again is unbounded
        var size = 0
        var k = 0
        while k < value.count {
            if value[k] == UInt8(ascii: "&"), k + 1 < value.count, value[k + 1] != UInt8(ascii: "#") {
                var j = k + 1
                while j < value.count, Self.isNameByte(value[j]) { j += 1 }
                if j < value.count, value[j] == UInt8(ascii: ";"), j > k + 1 {
                    let inner = String(decoding: value[(k + 1)..<j], as: UTF8.self)
                    if values[inner] != nil {
                        size = Self.add(size, expandedSize(inner, values: values, sizes: &sizes, depth: depth + 1))
                    } else {
                        size += j + 1 - k
                    }
                    k = j + 1
                    continue
                }
            }
            size += 1
            k += 1
        }
        sizes[name] = size
        return size
    }

    /// The index after the `>` that closes a DOCTYPE whose name starts at `start`; `declaration` is called with
    /// the byte range of each `<!ENTITY …>` in the internal subset.
    private func doctypeEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, declaration: (Range<Int>) -> Void) -> Int {
        var k = start
        var quote: UInt8 = 0
        while k < b.count {
            let c = b[k]
            if quote != 0 {
                if c == quote { quote = 0 }
                k += 1
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
                k += 1
            } else if c == UInt8(ascii: ">") {
                return k + 1
            } else if c == UInt8(ascii: "[") {
                k = internalSubsetEnd(b, from: k + 1, declaration: declaration)
            } else {
                k += 1
            }
        }
        return b.count
    }

    /// The index of the `]` closing an internal subset that starts at `start`.
    private func internalSubsetEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, declaration: (Range<Int>) -> Void) -> Int {
        var k = start
        while k < b.count {
            let c = b[k]
            if c == UInt8(ascii: "]") { return k + 1 }
            if c == UInt8(ascii: "<"), Self.matches(b, Self.commentOpen, at: k) {
                k += 4
                while k < b.count, !Self.matches(b, Self.commentClose, at: k) { k += 1 }
                k += 3
            } else if c == UInt8(ascii: "<"), k + 1 < b.count, b[k + 1] == UInt8(ascii: "!") || b[k + 1] == UInt8(ascii: "?") {
                // A markup declaration or PI: runs to the `>` outside quotes.
                let begin = k
                k = min(MarkupBytes.closingAngle(in: b, from: k + 2) + 1, b.count)
                if Self.matches(b, Self.entityOpen, at: begin) { declaration(begin..<k) }
            } else {
                k += 1
            }
        }
        return b.count
    }

    /// The name and literal value of a general entity declaration `<!ENTITY name "value">` (nil for parameter
    /// entities and external ones, whose content is never read).
    private static func entityDeclaration(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (String, [UInt8])? {
        var k = range.lowerBound + entityOpen.count
        while k < range.upperBound, isSpace(b[k]) { k += 1 }
        guard k < range.upperBound, b[k] != UInt8(ascii: "%") else { return nil }
        let nameStart = k
        while k < range.upperBound, isNameByte(b[k]) { k += 1 }
        guard k > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<k]), as: UTF8.self)
        while k < range.upperBound, isSpace(b[k]) { k += 1 }
        guard k < range.upperBound, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
        let quote = b[k]
        let valueStart = k + 1
        k = valueStart
        while k < range.upperBound, b[k] != quote { k += 1 }
        return (name, Array(b[valueStart..<k]))
    }

    private static func newlines(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for k in range where b[k] == 0x0A { count += 1 }
        return count
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], at k: Int) -> Bool {
        guard k + pattern.count <= b.count else { return false }
        for m in 0..<pattern.count where b[k + m] != pattern[m] { return false }
        return true
    }

    private static func add(_ a: Int, _ b: Int) -> Int { min(unbounded, a + min(b, unbounded)) }

    private static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? unbounded : min(product, unbounded)
    }

    static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let piOpen = Array("<?".utf8)
    private static let piClose = Array("?>".utf8)
    private static let doctypeOpen = Array("<!DOCTYPE".utf8)
    private static let entityOpen = Array("<!ENTITY".utf8)
}
