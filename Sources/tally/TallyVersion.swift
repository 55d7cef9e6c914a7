/// The version `tally --version` shows; raised with each release.
enum TallyVersion {
    /// The version number.
    static let number = "0.15.0"
}
