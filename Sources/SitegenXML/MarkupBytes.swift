/// Byte-level helpers shared by the scanners that look at markup before libxml2 does.
enum MarkupBytes {
    /// The index of the first `>` at or after `start` that is outside single or double quotes, or `b.count` when
    /// there is none: the end of a tag, a declaration or a processing instruction.
    static func closingAngle<Bytes: RandomAccessCollection>(in b: Bytes, from start: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var quote: UInt8 = 0
        var k = start
        while k < b.count {
            let d = b[k]
            if quote != 0 {
                if d == quote { quote = 0 }
            } else if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") {
                quote = d
            } else if d == UInt8(ascii: ">") {
                break
            }
            k += 1
        }
        return k
    }
}
