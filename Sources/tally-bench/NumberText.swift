/// Numbers written for the benchmark's tables: fixed decimals with thousands separators.
enum NumberText {
    /// `value` rounded to `decimals` places, with thousands separators (`1,234.57`).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : "inf" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + grouped(whole)
        if decimals > 0 {
            let fraction = String(units % Int64(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// An integer with thousands separators (`12,257`).
    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// An integer with thousands separators.
    static func grouped(_ value: Int) -> String { grouped(Int64(value)) }

    /// Seconds as milliseconds with three decimals (`3.214 ms`).
    static func milliseconds(_ seconds: Double) -> String { fixed(seconds * 1000, 3) + " ms" }

    /// A byte count in megabytes (10⁶ bytes) with one decimal (`21.0 MB`).
    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 1) + " MB" }

    /// A ratio as a percentage with three decimals (`100.000%`).
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100, 3) + "%" }
}
