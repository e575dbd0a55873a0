/// An open-addressing hash table from UInt64 keys to counts, cleared in time proportional to what was used,
/// for the per-document n-gram counts that a Swift Dictionary makes too slow at ten million words.
struct CountingTable {
    private var keys: [UInt64]
    private var counts: [UInt32]
    private var used: [Int] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        counts = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds one to `key`'s count and returns the new count.
    @discardableResult
    mutating func increment(_ key: UInt64) -> UInt32 {
        if used.count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: Shingler.mix(key)) & mask
        while counts[slot] != 0 {
            if keys[slot] == key {
                counts[slot] += 1
                return counts[slot]
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = 1
        used.append(slot)
        return 1
    }

    /// The count of `key`.
    func count(_ key: UInt64) -> UInt32 {
        var slot = Int(truncatingIfNeeded: Shingler.mix(key)) & mask
        while counts[slot] != 0 {
            if keys[slot] == key { return counts[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }

    /// The key with the highest count (smallest key on ties), and that count.
    func maximum() -> (key: UInt64, count: UInt32)? {
        var best: (key: UInt64, count: UInt32)?
        for slot in used {
            let candidate = (keys[slot], counts[slot])
            if let current = best, (candidate.1, current.0) <= (current.count, candidate.0) { continue }
            best = candidate
        }
        return best
    }

    /// Forgets every key.
    mutating func removeAll() {
        for slot in used { counts[slot] = 0 }
        used.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts, oldUsed = used
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        counts = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        used.removeAll(keepingCapacity: true)
        for slot in oldUsed {
            var target = Int(truncatingIfNeeded: Shingler.mix(oldKeys[slot])) & mask
            while counts[target] != 0 { target = (target + 1) & mask }
            keys[target] = oldKeys[slot]
            counts[target] = oldCounts[slot]
            used.append(target)
        }
    }
}
