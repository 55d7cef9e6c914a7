/// A failure that stops the benchmark, with one clear sentence for the user.
struct BenchFailure: Error, Sendable {
    /// What went wrong.
    var message: String

    /// A failure saying `message`.
    init(_ message: String) {
        self.message = message
    }
}
