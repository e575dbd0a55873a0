/// Set arithmetic on sorted arrays without building sets (shingle hashes, claim terms).
enum SortedSets {
    /// How many elements two sorted, duplicate-free arrays share.
    @inline(__always)
    static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
