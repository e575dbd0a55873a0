import Foundation

/// Where a byte sequence stops being valid UTF-8, so a file in another encoding is reported at the bad byte
/// (line and column) rather than at 1:1.
public struct UTF8Position: Sendable, Equatable {
    /// 0-based offset of the first byte that is not valid UTF-8.
    public var offset: Int
    /// 1-based line of that byte.
    public var line: Int
    /// 1-based column (in Unicode scalars) of that byte.
    public var column: Int
    /// The byte itself.
    public var byte: UInt8

    /// A position: `offset` 0-based, `line` and `column` 1-based.
    public init(offset: Int, line: Int, column: Int, byte: UInt8) {
        self.offset = offset
        self.line = line
        self.column = column
        self.byte = byte
    }

    /// The first invalid position in `data`, or nil when it is all valid UTF-8.
    public static func firstInvalid(in data: Data) -> UTF8Position? {
        data.withUnsafeBytes { raw -> UTF8Position? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0, line = 1, column = 1
            while i < bytes.count {
                let b = bytes[i]
                let length: Int
                switch b {
                case 0x00..<0x80: length = 1
                case 0xC2..<0xE0: length = 2
                case 0xE0..<0xF0: length = 3
                case 0xF0..<0xF5: length = 4
                default: return UTF8Position(offset: i, line: line, column: column, byte: b)
                }
                guard i + length <= bytes.count else { return UTF8Position(offset: i, line: line, column: column, byte: b) }
                for k in 1..<max(length, 1) where !(0x80..<0xC0).contains(bytes[i + k]) {
                    return UTF8Position(offset: i, line: line, column: column, byte: b)
                }
                // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
                if length == 3, (b == 0xE0 && bytes[i + 1] < 0xA0) || (b == 0xED && bytes[i + 1] >= 0xA0) {
                    return UTF8Position(offset: i, line: line, column: column, byte: b)
                }
                if length == 4, (b == 0xF0 && bytes[i + 1] < 0x90) || (b == 0xF4 && bytes[i + 1] >= 0x90) {
                    return UTF8Position(offset: i, line: line, column: column, byte: b)
                }
                if b == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += length
            }
            return nil
        }
    }

    /// A diagnostic for a file that is not UTF-8, at this position.
    public func diagnostic(file: String) -> Diagnostic {
        .error(String(format: "%@ is not UTF-8: byte 0x%02X at line %d, column %d is not valid UTF-8", file, Int(byte), line, column),
               at: SourceLocation(file: file, line: line, column: column), rule: "encoding",
               hint: "save the file as UTF-8 (from Latin-1, for example: iconv -f latin1 -t utf-8 FILE > FILE.new)")
    }
}
