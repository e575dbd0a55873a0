import Foundation

/// A 128-bit hash of bytes (two independent 64-bit multiply-xor lanes), stable across runs and machines: the
/// build cache's fingerprint of file contents. Not cryptographic; collisions between real edits are
/// vanishingly unlikely at 128 bits.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ data: Data) {
        self = data.withUnsafeBytes { ContentHash($0) }
    }

    init(_ raw: UnsafeRawBufferPointer) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142 ^ UInt64(raw.count)
        var i = 0
        let count = raw.count
        // Eight bytes at a time (little-endian words), then the tail.
        while i + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            a = (a ^ word) &* 0x0000_0100_0000_01b3
            a ^= a >> 29
            b = (b ^ (word &* 0x9e37_79b9_7f4a_7c15)) &* 0xbf58_476d_1ce4_e5b9
            b ^= b >> 31
            i += 8
        }
        while i < count {
            let byte = UInt64(raw.load(fromByteOffset: i, as: UInt8.self))
            a = (a ^ byte) &* 0x0000_0100_0000_01b3
            b = (b ^ byte) &* 0x94d0_49bb_1331_11eb
            i += 1
        }
        high = a ^ (a >> 33)
        low = b ^ (b >> 27)
    }

    /// 32 hex digits.
    var description: String { String(format: "%016llx%016llx", high, low) }

    init?(hex: Substring) {
        guard hex.count == 32, let h = UInt64(hex.prefix(16), radix: 16), let l = UInt64(hex.suffix(16), radix: 16) else { return nil }
        high = h
        low = l
    }
}

/// What `stat` says about a file: enough to tell it was not touched since.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    var inode: UInt64

    init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The stamp of a regular file; nil for anything else or a missing file.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
