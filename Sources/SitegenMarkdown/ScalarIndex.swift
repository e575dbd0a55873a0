/// Counts Unicode scalars between two byte offsets of a UTF-8 buffer in bounded time: the number of continuation
/// bytes before every 256-byte block is stored, so a column on a line of any length costs at most one block scan
/// (a post that is one 300 KB line with 40,000 cross-references stays linear).
struct ScalarIndex: Sendable {
    private static let block = 256
    /// `before[k]`: continuation bytes (`10xxxxxx`) in `bytes[0 ..< k * block]`.
    private let before: [Int32]

    init(_ bytes: [UInt8]) {
        var before: [Int32] = [0]
        before.reserveCapacity(bytes.count / Self.block + 2)
        var running: Int32 = 0
        var i = 0
        while i < bytes.count {
            let end = min(i + Self.block, bytes.count)
            for k in i..<end where bytes[k] & 0xC0 == 0x80 { running += 1 }
            before.append(running)
            i = end
        }
        self.before = before
    }

    /// Continuation bytes in `bytes[0 ..< offset]`.
    private func continuations(before offset: Int, in bytes: [UInt8]) -> Int {
        let offset = min(max(0, offset), bytes.count)
        let blockIndex = offset / Self.block
        var count = Int(before[min(blockIndex, before.count - 1)])
        var i = blockIndex * Self.block
        while i < offset {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The 1-based column, in Unicode scalars, of `offset` on the line starting at `lineStart`.
    func column(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        let end = min(max(offset, lineStart), bytes.count)
        guard end > lineStart else { return 1 }
        return (end - lineStart) - (continuations(before: end, in: bytes) - continuations(before: lineStart, in: bytes)) + 1
    }
}
