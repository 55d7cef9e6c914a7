/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny fixed-seed generator, so the synthetic corpus is
/// byte for byte the same on every machine, run and toolchain. It deliberately does not conform to
/// `RandomNumberGenerator`: the standard library's `random(in:using:)` algorithms may change between
/// Swift versions, and the corpus must not.
struct SplitMix64 {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The generator for one document: independent of how many documents are generated, so document
    /// 7 of the 1,000-document corpus is document 7 of the 10,000-document one.
    init(seed: UInt64, stream: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(stream) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by multiply-high (Lemire), without division.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform double in `0..<1` with 53 random bits.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }
}
