#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Repeated wall-clock measurements of one piece of work, in seconds.
struct Timings: Sendable {
    /// Each run's duration, in the order run.
    var samples: [Double]

    /// The middle sample (the mean of the two middle ones for an even count); 0 without samples.
    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The fastest run.
    var min: Double { samples.min() ?? 0 }
    /// The slowest run.
    var max: Double { samples.max() ?? 0 }

    /// Runs `work` `runs` times (at least once) and times each run. Nothing is kept between runs,
    /// so one run's result is freed before the next starts.
    static func measure(runs: Int, _ work: () -> Void) -> Timings {
        var samples: [Double] = []
        for _ in 0..<Swift.max(runs, 1) {
            let start = Clock.seconds()
            work()
            samples.append(Clock.seconds() - start)
        }
        return Timings(samples: samples)
    }
}

/// The monotonic clock.
enum Clock {
    /// Seconds since an arbitrary fixed point, with nanosecond resolution.
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
